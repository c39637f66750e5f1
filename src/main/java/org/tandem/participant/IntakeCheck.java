package org.tandem.participant;

import java.util.EnumSet;
import java.util.Set;
import org.tandem.programme.ProgrammeKind;

/** The intake checklist; some items belong to one kind of programme or one role only. */
public enum IntakeCheck {
    IDENTITY_CHECKED, MOTIVATION_DISCUSSED, AVAILABILITY_CONFIRMED, CODE_OF_CONDUCT_EXPLAINED,
    TEACHING_ROUTE_DISCUSSED, EMPLOYER_RELEASE_CONFIRMED, WORK_PERMIT_CHECKED;

    public static Set<IntakeCheck> forProgramme(ProgrammeKind kind, ParticipantRole role) {
        var checks = EnumSet.of(IDENTITY_CHECKED, MOTIVATION_DISCUSSED, AVAILABILITY_CONFIRMED,
                CODE_OF_CONDUCT_EXPLAINED);
        if (kind == ProgrammeKind.CAREER_SWITCH && role == ParticipantRole.MENTEE) {
            checks.add(TEACHING_ROUTE_DISCUSSED);
        }
        if (kind == ProgrammeKind.INTERGENERATIONAL) {
            checks.add(role == ParticipantRole.MENTOR ? EMPLOYER_RELEASE_CONFIRMED : WORK_PERMIT_CHECKED);
        }
        return checks;
    }
}
