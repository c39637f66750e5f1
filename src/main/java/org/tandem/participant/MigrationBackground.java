package org.tandem.participant;

public enum MigrationBackground {
    FIRST_GENERATION, SECOND_GENERATION, NONE
}
