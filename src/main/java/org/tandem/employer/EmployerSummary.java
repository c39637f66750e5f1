package org.tandem.employer;

import java.util.List;
import org.tandem.shared.Country;

/** A row of the employer list, with its stage in each programme the caller may see. */
public record EmployerSummary(long id, String name, String city, Country country, EmployerSector sector,
        boolean heavyProfession, SizeBand sizeBand, List<Stage> stages) {

    public record Stage(long programmeId, String programmeName, PipelineStage stage) {
    }
}
