package org.tandem.programme;

import java.util.List;
import java.util.Set;
import org.tandem.shared.Language;

/** What an applicant may see of a programme that takes applications. */
public record PublicProgramme(long id, String name, String description, ProgrammeKind kind, Set<Language> languages,
        List<SiteView> sites, List<CohortView> openCohorts, ProgrammeRules rules) {
}
