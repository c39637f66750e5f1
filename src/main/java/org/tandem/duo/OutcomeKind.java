package org.tandem.duo;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the mentee stands at a moment. The two teacher kinds belong to the career-switch programme only. A job,
 * an internship, education or training (teacher training included) and starting as a teacher count as a positive
 * exit; volunteering does not.
 */
public enum OutcomeKind {
    JOB, INTERNSHIP, EDUCATION, VOLUNTEERING, STILL_SEARCHING, OTHER, TEACHER_TRAINING, TEACHER;

    public static final Set<OutcomeKind> POSITIVE = EnumSet.of(JOB, INTERNSHIP, EDUCATION, TEACHER_TRAINING,
            TEACHER);

    public static final Set<OutcomeKind> CAREER_SWITCH_ONLY = EnumSet.of(TEACHER_TRAINING, TEACHER);

    public boolean positive() {
        return POSITIVE.contains(this);
    }

    public boolean careerSwitchOnly() {
        return CAREER_SWITCH_ONLY.contains(this);
    }
}
