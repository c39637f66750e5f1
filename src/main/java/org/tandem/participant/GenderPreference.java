package org.tandem.participant;

/** A preference about the partner's gender, only when a person states one. */
public enum GenderPreference {
    NONE, FEMALE, MALE
}
