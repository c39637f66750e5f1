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

    SurveyAccess(AccountService accounts) {
        this.accounts = accounts;
    }

    void requireManage(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }
}
