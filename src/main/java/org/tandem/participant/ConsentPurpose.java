package org.tandem.participant;

/**
 * What a person consents to. The text of each purpose is versioned per programme ({@link ConsentTexts}); a consent
 * records the version the person agreed to.
 */
public enum ConsentPurpose {
    PARTICIPATION, PROFILE_SHARING, RESEARCH, EMPLOYER_PROGRESS, SENSITIVE_DATA
}
