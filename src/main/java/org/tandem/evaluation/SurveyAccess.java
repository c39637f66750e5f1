package org.tandem.evaluation;

import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.shared.NotFoundException;

/**
 * Questionnaires, waves, invitations and the monitor belong to the coordinators of the programme (and admins); for
 * anybody else, researchers included, they do not exist.
 */
@Component
class SurveyAccess {

    private final AccountService accounts;
    private final org.tandem.programme.ProgrammeCatalogue catalogue;

    SurveyAccess(AccountService accounts, org.tandem.programme.ProgrammeCatalogue catalogue) {
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    /** An admin may manage any id: one that is no programme is not found either. */
    void requireManage(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId) || catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
    }
}
