package org.tandem.employer;

import java.util.Locale;
import org.tandem.shared.Country;

/** The list's filters; every one is optional. Stage applies within the chosen programme, or any. */
public record EmployerFilter(String q, Long programmeId, PipelineStage stage, Boolean heavyProfession,
        Country country) {

    public static EmployerFilter none() {
        return new EmployerFilter(null, null, null, null, null);
    }

    boolean matches(Employer employer, java.util.Set<Long> visibleProgrammes) {
        if (q != null && !q.isBlank()) {
            String term = q.trim().toLowerCase(Locale.ROOT);
            if (!employer.name().toLowerCase(Locale.ROOT).contains(term)
                    && !employer.city().toLowerCase(Locale.ROOT).contains(term)) {
                return false;
            }
        }
        if (country != null && employer.country() != country) {
            return false;
        }
        if (heavyProfession != null && employer.heavyProfession() != heavyProfession) {
            return false;
        }
        if (programmeId == null && stage == null) {
            return true;
        }
        return employer.recruitments().stream()
                .filter(r -> visibleProgrammes == null || visibleProgrammes.contains(r.programmeId()))
                .anyMatch(r -> (programmeId == null || r.programmeId() == programmeId)
                        && (stage == null || r.stage() == stage));
    }
}
