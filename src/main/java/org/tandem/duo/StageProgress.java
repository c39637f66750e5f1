package org.tandem.duo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/** A stage of the programme's plan that a running duo reached (on a date, with a note) or skipped (with a reason). */
@Entity
@Table(name = "duo_stage_progress")
class StageProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_stage_progress_seq")
    @SequenceGenerator(name = "duo_stage_progress_seq", sequenceName = "duo_stage_progress_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long duoId;
    private long stageId;
    private LocalDate reachedOn;
    @PersonalData(Kind.FREE_TEXT)
    private String note;
    private boolean skipped;
    @PersonalData(Kind.FREE_TEXT)
    private String skipReason;
    private String recordedBy;
    private Instant recordedAt;

    protected StageProgress() {
    }

    /**
     * Records a stage for a running duo: the date may not lie in the future nor before the duo started; a skipped
     * stage needs a reason.
     */
    static StageProgress record(Duo duo, long stageId, LocalDate on, String note, boolean skipped, String skipReason,
            LocalDate today, LocalDate started, String who, Instant now) {
        if (!duo.state().isRunning()) {
            throw new DomainException("duo.state.illegal", duo.state());
        }
        if (on == null) {
            throw new FieldException("reachedOn", "duo.stage.date.required");
        }
        if (on.isAfter(today)) {
            throw new FieldException("reachedOn", "duo.stage.date.future");
        }
        if (started != null && on.isBefore(started)) {
            throw new FieldException("reachedOn", "duo.stage.date.beforeStart");
        }
        String reason = Text.orNull(skipReason);
        if (skipped && reason == null) {
            throw new FieldException("skipReason", "duo.stage.skipReason.required");
        }
        String text = Text.orNull(note);
        if (text != null && text.length() > 1000 || reason != null && reason.length() > 1000) {
            throw new FieldException(text != null && text.length() > 1000 ? "note" : "skipReason",
                    "duo.stage.text.tooLong", 1000);
        }
        var progress = new StageProgress();
        progress.duoId = duo.id();
        progress.stageId = stageId;
        progress.reachedOn = on;
        progress.note = text;
        progress.skipped = skipped;
        progress.skipReason = skipped ? reason : null;
        progress.recordedBy = who;
        progress.recordedAt = now;
        return progress;
    }


    long duoId() {
        return duoId;
    }

    long stageId() {
        return stageId;
    }

    LocalDate reachedOn() {
        return reachedOn;
    }

    String note() {
        return note;
    }

    boolean skipped() {
        return skipped;
    }

    String skipReason() {
        return skipReason;
    }

    String recordedBy() {
        return recordedBy;
    }

    long version() {
        return version;
    }
}
