package org.tandem.participant;

/**
 * What a person consents to. Each purpose has a current text version; a consent records the version the
 * person saw, so a changed text can be asked again.
 */
public enum ConsentPurpose {
    PARTICIPATION(1), PROFILE_SHARING(1), RESEARCH(1), EMPLOYER_PROGRESS(1), SENSITIVE_DATA(1);

    private final int currentVersion;

    ConsentPurpose(int currentVersion) {
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The message key of the text the person agrees to. */
    public String textKey() {
        return "consent." + name() + ".v" + currentVersion;
    }
}
