package org.tandem.duo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A duo's health now. A coordinator sees the signals not yet followed up and the follow-ups; a member sees every
 * signal as something to do (and no follow-ups).
 */
public record DuoHealth(long duoId, boolean coordinator, List<DuoSignal> signals, List<FollowUpView> followUps) {

    public record FollowUpView(long id, HealthSignal signal, String occurrence, FollowUpKind kind, String note,
            LocalDate snoozedUntil, String recordedBy, Instant recordedAt) {

        static FollowUpView from(FollowUp f) {
            return new FollowUpView(f.id(), f.signal(), f.occurrence(), f.kind(), f.note(), f.snoozedUntil(),
                    f.recordedBy(), f.recordedAt());
        }
    }
}
