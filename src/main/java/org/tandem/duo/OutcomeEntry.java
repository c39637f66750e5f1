package org.tandem.duo;

import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;

/**
 * A coordinator records (or corrects) a mentee's outcome at one moment. A job needs its sector, hours per week
 * (1–60) and contract type; the teacher kinds need the education sector; 'other' needs a note. Fields that do not
 * belong to the kind are dropped. A correction carries the version of the outcome it corrects
 * ({@link OutcomeView#version()}); a correction of an outcome changed since is refused. Without a version nothing
 * is compared.
 */
public record OutcomeEntry(OutcomeKind kind, Sector sector, Integer hoursPerWeek, ContractType contractType,
        EducationSector educationSector, String note, Long version) {

    public OutcomeEntry(OutcomeKind kind, Sector sector, Integer hoursPerWeek, ContractType contractType,
            EducationSector educationSector, String note) {
        this(kind, sector, hoursPerWeek, contractType, educationSector, note, null);
    }
}
