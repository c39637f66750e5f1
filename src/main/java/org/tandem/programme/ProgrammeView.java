package org.tandem.programme;

import java.util.List;
import java.util.Set;
import org.tandem.shared.Language;

public record ProgrammeView(long id, String name, String description, ProgrammeKind kind, ProgrammeStatus status,
        Set<Language> languages, int defaultDurationMonths, MeetingFrequency meetingFrequency,
        Integer mentorMinimumAge, Integer menteeMaximumAge, List<StageView> stages, List<SiteView> sites,
        List<TargetView> targets, List<CohortView> cohorts, Set<ProgrammeStatus> nextStatuses, long version) {

    public boolean closed() {
        return status == ProgrammeStatus.CLOSED;
    }

    public ProgrammeDetails details() {
        return new ProgrammeDetails(name, description, kind, languages, defaultDurationMonths, meetingFrequency,
                mentorMinimumAge, menteeMaximumAge);
    }
}
