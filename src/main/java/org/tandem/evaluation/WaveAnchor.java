package org.tandem.evaluation;

/** The person's own moment a relative window counts from. */
public enum WaveAnchor { ENROLMENT, DUO_START, DUO_END }
