package org.tandem.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.DataVersion;

/**
 * Reads of programmes for other modules, without the signed-in user's scope: the calling module applies its
 * own access rules (a public application form, an employer's nomination, a coordinator's participant list).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

    private final ProgrammeRepository programmes;
    private final CohortRepository cohorts;
    private final Clock clock;
    // nearly every page reads its programme and cohort: kept until the data changes (they are immutable records)
    private final DataVersion.Kept<Long, Optional<CohortView>> cohort;
    private final DataVersion.Kept<Long, List<CohortView>> cohortsOf;
    private final DataVersion.Kept<Long, Optional<ProgrammeRules>> rules;
    private final DataVersion.Kept<Long, List<SiteView>> sites;
    private final DataVersion.Kept<Long, List<StageView>> stages;

    ProgrammeCatalogue(ProgrammeRepository programmes, CohortRepository cohorts, Clock clock, DataVersion version) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.clock = clock;
        this.cohort = version.keep(10_000);
        this.cohortsOf = version.keep(1_000);
        this.rules = version.keep(1_000);
        this.sites = version.keep(1_000);
        this.stages = version.keep(1_000);
    }

    public Optional<CohortView> cohort(long cohortId) {
        return cohort.get(cohortId, () -> cohorts.findById(cohortId).map(CohortView::from));
    }

    public List<CohortView> cohorts(long programmeId) {
        return cohortsOf.get(programmeId, () -> cohorts.findByProgrammeIdOrderByStartDate(programmeId).stream()
                .map(CohortView::from).toList());
    }

    public Optional<ProgrammeRules> rules(long programmeId) {
        return rules.get(programmeId, () -> programmes.findById(programmeId).map(ProgrammeCatalogue::rules));
    }

    /** How long every programme keeps a person's data after their participation ended. */
    public List<Retention> retentions() {
        return programmes.findAll().stream().map(Programme::retention).toList();
    }

    public Optional<Retention> retention(long programmeId) {
        return programmes.findById(programmeId).map(Programme::retention);
    }

    /** The planned duration and meeting frequency a programme proposes to its duos. */
    public Optional<DuoDefaults> duoDefaults(long programmeId) {
        return programmes.findById(programmeId)
                .map(p -> new DuoDefaults(p.id(), p.defaultDurationMonths(), p.meetingFrequency()));
    }

    /** The programme's stage plan in its order (empty for an unknown programme). */
    public List<StageView> stages(long programmeId) {
        return stages.get(programmeId, () -> programmes.findById(programmeId).map(p -> p.stages().stream()
                .sorted(Comparator.comparingInt(Stage::position)).map(StageView::from).toList())
                .orElse(List.of()));
    }

    public List<SiteView> sites(long programmeId) {
        return sites.get(programmeId, () -> programmes.findById(programmeId)
                .map(p -> p.sites().stream().map(SiteView::from).toList()).orElse(List.of()));
    }

    public List<ProgrammeSummary> all() {
        return programmes.findAllByOrderByName().stream()
                .map(p -> new ProgrammeSummary(p.id(), p.name(), p.kind(), p.status(), p.sites().size(),
                        cohorts.countByProgrammeId(p.id())))
                .toList();
    }

    /** A programme that takes applications now, with the cohorts that have not ended. */
    public Optional<PublicProgramme> openForApplications(long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return programmes.findById(programmeId).filter(p -> rules(p).acceptsApplications())
                .map(p -> new PublicProgramme(p.id(), p.name(), p.description(), p.kind(), p.languages(),
                        p.sites().stream().map(SiteView::from).toList(),
                        cohorts.findByProgrammeIdOrderByStartDate(p.id()).stream()
                                .filter(c -> !c.closed() && !c.endDate().isBefore(today))
                                .map(CohortView::from).toList(),
                        rules(p)));
    }

    private static ProgrammeRules rules(Programme p) {
        return new ProgrammeRules(p.id(), p.name(), p.kind(), p.status(), p.mentorMinimumAge(),
                p.menteeMaximumAge());
    }
}
