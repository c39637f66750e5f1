package org.tandem.duo.web;

import org.tandem.duo.ContractType;
import org.tandem.duo.OutcomeEntry;
import org.tandem.duo.OutcomeKind;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;

/**
 * A moment's outcome form on the duo page and the API's request body; a correction carries the version of the
 * outcome as it was read.
 */
record OutcomeForm(OutcomeKind kind, Sector sector, Integer hoursPerWeek, ContractType contractType,
        EducationSector educationSector, String note, Long version) {

    OutcomeEntry toCommand() {
        return new OutcomeEntry(kind, sector, hoursPerWeek, contractType, educationSector, note, version);
    }
}
