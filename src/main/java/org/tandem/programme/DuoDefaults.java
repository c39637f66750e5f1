package org.tandem.programme;

/** What a programme proposes for the agreement of each of its duos. */
public record DuoDefaults(long programmeId, int defaultDurationMonths, MeetingFrequency meetingFrequency) {
}
