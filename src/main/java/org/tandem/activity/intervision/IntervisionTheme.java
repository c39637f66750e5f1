package org.tandem.activity.intervision;

/** The short list of themes a session record picks from (free text covers the rest). */
public enum IntervisionTheme {
    ROLE_AS_MENTOR, BUILDING_TRUST, JOB_SEARCH, LANGUAGE_AND_CULTURE, BOUNDARIES, MOTIVATION, NETWORK, EMPLOYER,
    SELF_CARE
}
