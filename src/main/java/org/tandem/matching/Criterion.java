package org.tandem.matching;

/** The criteria a programme's matching profile can use, each scored 0..1 for a mentor–mentee pair. */
public enum Criterion {
    SAME_SITE, SHARED_LANGUAGE, SECTOR, EDUCATION_SECTOR, AVAILABILITY, INTERESTS, DIGITAL_SKILLS, EXPERIENCE,
    GENDER_PREFERENCE, AGE_GAP, WAITING_TIME
}
