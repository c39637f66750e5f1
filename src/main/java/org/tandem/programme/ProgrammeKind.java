package org.tandem.programme;

public enum ProgrammeKind {
    CAREER_SWITCH, INTERGENERATIONAL, OTHER
}
