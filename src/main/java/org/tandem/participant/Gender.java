package org.tandem.participant;

public enum Gender {
    FEMALE, MALE, NON_BINARY
}
