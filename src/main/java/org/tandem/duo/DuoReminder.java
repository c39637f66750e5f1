package org.tandem.duo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder mailed to a duo for a signal; one a week at most. */
@Entity
@Table(name = "duo_reminder")
class DuoReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_reminder_seq")
    @SequenceGenerator(name = "duo_reminder_seq", sequenceName = "duo_reminder_seq", allocationSize = 50)
    private Long id;

    private long duoId;

    @Enumerated(EnumType.STRING)
    private HealthSignal signal;

    private Instant sentAt;

    protected DuoReminder() {
    }

    DuoReminder(long duoId, HealthSignal signal, Instant sentAt) {
        this.duoId = duoId;
        this.signal = signal;
        this.sentAt = sentAt;
    }
}
