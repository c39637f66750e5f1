package org.tandem.reporting;

import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/**
 * Who may see a programme's aggregate figures (dashboard, funnel): its coordinators, the researchers assigned to it
 * (aggregates only, no person) and admins. Anybody else, and a cohort or site of another programme, is not found.
 */
@Component
class ReportAccess {

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;

    ReportAccess(AccountService accounts, ProgrammeCatalogue catalogue) {
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    void requireAnalyse(long programmeId, ReportScope scope) {
        var user = accounts.requireCurrent();
        if (!user.mayAnalyse(programmeId) || catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
        if (scope.cohortId() != null && catalogue.cohort(scope.cohortId())
                .filter(c -> c.programmeId() == programmeId).isEmpty()) {
            throw new NotFoundException("cohort", scope.cohortId());
        }
        if (scope.siteId() != null && catalogue.sites(programmeId).stream()
                .noneMatch(s -> s.id() == scope.siteId())) {
            throw new NotFoundException("site", scope.siteId());
        }
    }
}
