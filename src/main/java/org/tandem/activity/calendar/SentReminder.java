package org.tandem.activity.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder mailed for an entry to one invitee for the day it starts on; the unique key makes it once. */
@Entity
@Table(name = "calendar_reminder")
class SentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_reminder_seq")
    @SequenceGenerator(name = "calendar_reminder_seq", sequenceName = "calendar_reminder_seq", allocationSize = 50)
    private Long id;

    private String uid;
    private String invitee;
    private LocalDate startsOn;
    private Instant sentAt;

    protected SentReminder() {
    }

    SentReminder(String uid, Invitee invitee, LocalDate startsOn, Instant sentAt) {
        this.uid = uid;
        this.invitee = key(invitee);
        this.startsOn = startsOn;
        this.sentAt = sentAt;
    }

    static String key(Invitee invitee) {
        return invitee.enrolmentId() != null ? "e" + invitee.enrolmentId() : "a" + invitee.accountId();
    }
}
