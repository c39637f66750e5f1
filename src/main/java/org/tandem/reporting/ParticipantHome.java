package org.tandem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tandem.activity.calendar.CalendarViews;

/**
 * A mentor's or mentee's home: each open duo with its next step, their next activities ({@code moreActivities}
 * beyond those shown), read from the duo and calendar modules.
 */
public record ParticipantHome(List<DuoStep> duos, List<CalendarViews.Item> activities, int moreActivities) {

    /** What the person should do next in one duo, and where; {@code partnerFirstName} only, never more. */
    public record DuoStep(long duoId, String programmeName, String partnerFirstName, Step step, Instant introductionAt,
            String stageName, LocalDate lastMeetingOn, String link) {
    }

    public enum Step {
        ANSWER_PROPOSAL, WAIT_FOR_PARTNER, WRITE_AGREEMENT, SIGN_AGREEMENT, WAIT_FOR_SIGNATURE, LOG_MEETING, PAUSED
    }
}
