package org.tandem.duo;

import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;

/**
 * A coordinator records (or corrects) a mentee's outcome at one moment. A job needs its sector, hours per week
 * (1–60) and contract type; the teacher kinds need the education sector; 'other' needs a note. Fields that do not
 * belong to the kind are dropped.
 */
public record OutcomeEntry(OutcomeKind kind, Sector sector, Integer hoursPerWeek, ContractType contractType,
        EducationSector educationSector, String note) {
}
