package org.tandem.participant;

import java.util.ArrayList;
import java.util.List;
import org.tandem.programme.ProgrammeRules;

/**
 * The programme's eligibility rules applied to one enrolment, each finding explained by a message key and
 * its arguments. Age is counted in the year the cohort starts, as only the birth year is known.
 */
public record Eligibility(List<Finding> findings) {

    public record Finding(String messageKey, boolean passed, List<Object> arguments) {
    }

    public boolean passed() {
        return findings.stream().allMatch(Finding::passed);
    }

    static Eligibility check(ProgrammeRules rules, ParticipantRole role, Integer birthYear, int cohortStartYear) {
        var findings = new ArrayList<Finding>();
        Integer minimum = role == ParticipantRole.MENTOR ? rules.mentorMinimumAge() : null;
        Integer maximum = role == ParticipantRole.MENTEE ? rules.menteeMaximumAge() : null;
        if (minimum == null && maximum == null) {
            findings.add(new Finding("eligibility.noRules", true, List.of()));
        } else if (birthYear == null) {
            findings.add(new Finding("eligibility.birthYearMissing", false, List.of()));
        } else {
            int age = cohortStartYear - birthYear;
            if (minimum != null) {
                findings.add(new Finding(age >= minimum ? "eligibility.minimumAge.met" : "eligibility.minimumAge.failed",
                        age >= minimum, List.of(age, minimum)));
            }
            if (maximum != null) {
                findings.add(new Finding(age <= maximum ? "eligibility.maximumAge.met" : "eligibility.maximumAge.failed",
                        age <= maximum, List.of(age, maximum)));
            }
        }
        return new Eligibility(List.copyOf(findings));
    }
}
