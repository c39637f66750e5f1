package org.tandem.evaluation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;

/** The programmes whose evaluation the current user may analyse, each with its waves: the researcher's home. */
@Service
public class AnalysisIndex {

    public record ProgrammeWaves(long programmeId, String name, List<AnalysisViews.WaveRef> waves) {
    }

    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final Analyses analyses;

    AnalysisIndex(ProgrammeCatalogue catalogue, AccountService accounts, Analyses analyses) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.analyses = analyses;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeWaves> programmes() {
        var user = accounts.requireCurrent();
        return catalogue.all().stream()
                .filter(programme -> user.mayAnalyse(programme.id()))
                .map(programme -> new ProgrammeWaves(programme.id(), programme.name(),
                        analyses.waves(programme.id())))
                .toList();
    }
}
