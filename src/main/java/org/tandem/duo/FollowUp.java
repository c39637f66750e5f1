package org.tandem.duo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * A coordinator's follow-up on a health signal of a duo. Without a date it clears this occurrence of the signal (a
 * later occurrence shows again); with one it snoozes the signal until that date.
 */
@Entity
@Table(name = "duo_follow_up")
class FollowUp {

    static final int MAX_SNOOZE_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_follow_up_seq")
    @SequenceGenerator(name = "duo_follow_up_seq", sequenceName = "duo_follow_up_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long duoId;

    @Enumerated(EnumType.STRING)
    private HealthSignal signal;

    private String occurrence;

    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;

    @PersonalData(Kind.FREE_TEXT)
    private String note;
    private LocalDate snoozedUntil;
    private String recordedBy;
    private Instant recordedAt;

    protected FollowUp() {
    }

    static FollowUp on(long duoId, DuoSignal signal, FollowUpKind kind, String note, LocalDate snoozedUntil,
            LocalDate today, String who, Instant now) {
        if (kind == null) {
            throw new FieldException("kind", "duo.followUp.kind.required");
        }
        String text = Text.orNull(note);
        if (kind == FollowUpKind.NOTE && text == null) {
            throw new FieldException("note", "duo.followUp.note.required");
        }
        if (text != null && text.length() > 2000) {
            throw new FieldException("note", "duo.followUp.note.tooLong", 2000);
        }
        if (snoozedUntil != null && (!snoozedUntil.isAfter(today)
                || snoozedUntil.isAfter(today.plusDays(MAX_SNOOZE_DAYS)))) {
            throw new FieldException("snoozedUntil", "duo.followUp.snooze.range", MAX_SNOOZE_DAYS);
        }
        var followUp = new FollowUp();
        followUp.duoId = duoId;
        followUp.signal = signal.signal();
        followUp.occurrence = signal.occurrence();
        followUp.kind = kind;
        followUp.note = text;
        followUp.snoozedUntil = snoozedUntil;
        followUp.recordedBy = who;
        followUp.recordedAt = now;
        return followUp;
    }

    /** What decides whether this follow-up keeps a signal off the list ({@link FollowUpMark#hides}). */
    FollowUpMark mark() {
        return new FollowUpMark(duoId, signal, occurrence, snoozedUntil);
    }

    Long id() {
        return id;
    }

    long duoId() {
        return duoId;
    }

    HealthSignal signal() {
        return signal;
    }

    String occurrence() {
        return occurrence;
    }

    FollowUpKind kind() {
        return kind;
    }

    String note() {
        return note;
    }

    LocalDate snoozedUntil() {
        return snoozedUntil;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    long version() {
        return version;
    }
}
