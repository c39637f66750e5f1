package org.tandem.participant;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.shared.NotFoundException;

/** Coordinators reach the enrolments of their programmes, admins all; for anyone else they do not exist. */
@Component
class ParticipantAccess {

    private final AccountService accounts;

    ParticipantAccess(AccountService accounts) {
        this.accounts = accounts;
    }

    Enrolment manageable(Enrolment enrolment) {
        if (!accounts.requireCurrent().mayManageProgramme(enrolment.programmeId())) {
            throw new NotFoundException("enrolment", enrolment.id());
        }
        return enrolment;
    }

    void requireManage(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    CurrentUser currentUser() {
        return accounts.requireCurrent();
    }

    /** The programmes the user manages, or null for all of them. */
    Set<Long> scope() {
        CurrentUser user = accounts.requireCurrent();
        if (user.managesAllProgrammes()) {
            return null;
        }
        return user.has(org.tandem.account.Role.COORDINATOR) ? user.programmeIds() : Set.of();
    }
}
