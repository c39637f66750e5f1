package org.tandem.participant;

public enum DigitalSkills {
    BASIC, GOOD, ADVANCED
}
