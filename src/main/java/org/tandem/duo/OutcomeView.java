package org.tandem.duo;

import java.time.Instant;
import org.tandem.participant.EducationSector;
import org.tandem.participant.Sector;

/** A recorded outcome, for coordinators. */
public record OutcomeView(OutcomeMoment moment, OutcomeKind kind, Sector sector, Integer hoursPerWeek,
        ContractType contractType, EducationSector educationSector, String note, String recordedBy,
        Instant recordedAt, long version) {

    public boolean positive() {
        return kind.positive();
    }
}
