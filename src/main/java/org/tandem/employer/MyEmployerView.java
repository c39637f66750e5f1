package org.tandem.employer;

import java.util.List;
import java.util.Map;
import org.tandem.programme.CohortView;
import org.tandem.shared.Country;

/**
 * What an employer contact sees of their own employer: its pledge per programme, its nominated employees and
 * the cohorts it may nominate into (those of programmes it committed to).
 */
public record MyEmployerView(long id, String name, String city, Country country, List<Pledge> pledges,
        List<MentorView> mentors, Map<MentorGroup, Long> mentorsByGroup, List<CohortView> nominationCohorts) {

    public record Pledge(long programmeId, String programmeName, PipelineStage stage, int pledgedMentors,
            int hoursPerMonth, long nominated) {
    }
}
