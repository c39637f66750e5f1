package org.tandem.duo;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.participant.MyParticipation;
import org.tandem.shared.NotFoundException;

/**
 * Finds a duo for the signed-in user: its programme's coordinators and its two members see it, nobody else (not
 * found, never 'forbidden', so that nobody learns which duos exist).
 */
@Component
class DuoAccess {

    private final DuoRepository duos;
    private final AccountService accounts;
    private final MyParticipation me;

    DuoAccess(DuoRepository duos, AccountService accounts, MyParticipation me) {
        this.duos = duos;
        this.accounts = accounts;
        this.me = me;
    }

    record Seen(Duo duo, Viewer viewer) {
    }

    /** The duo and who looks at it. */
    Seen readable(long duoId) {
        var duo = duos.findById(duoId).orElseThrow(() -> new NotFoundException("duo", duoId));
        return new Seen(duo, viewer(duo));
    }

    /** The duo, for one of its coordinators; its own members may look but not act as coordinators. */
    Seen manageable(long duoId) {
        var seen = readable(duoId);
        if (!seen.viewer().coordinator()) {
            throw new AccessDeniedException("duo " + duoId + " is managed by its coordinators");
        }
        return seen;
    }

    /** The duo, for one of its two members acting for themselves. */
    Seen asMember(long duoId) {
        var seen = readable(duoId);
        if (seen.viewer().coordinator()) {
            throw new AccessDeniedException("duo " + duoId + ": only its members act for themselves");
        }
        return seen;
    }

    Viewer viewer(Duo duo) {
        var user = accounts.requireCurrent();
        if (user.mayManageProgramme(duo.programmeId())) {
            return Viewer.coordinator(user.email());
        }
        var mine = me.enrolmentIds();
        if (mine.contains(duo.mentorEnrolmentId())) {
            return new Viewer(user.email(), DuoSide.MENTOR);
        }
        if (mine.contains(duo.menteeEnrolmentId())) {
            return new Viewer(user.email(), DuoSide.MENTEE);
        }
        throw new NotFoundException("duo", duo.id());
    }

    void requireManage(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }
}
