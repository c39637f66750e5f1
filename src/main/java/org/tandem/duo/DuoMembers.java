package org.tandem.duo;

import java.util.List;
import org.tandem.participant.MemberContact;
import org.tandem.participant.Profile;

/**
 * The people of a duo as the viewer may see them: a coordinator both, a member the partner, whose profile is null
 * unless they agreed to share it. Contact details only once both said yes (before that, the coordinators bring
 * them together).
 */
public record DuoMembers(List<Member> members) {

    public record Member(DuoSide side, long enrolmentId, String firstName, String name, Profile profile,
            MemberContact contact) {
    }
}
