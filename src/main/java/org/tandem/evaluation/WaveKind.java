package org.tandem.evaluation;

/** When in the programme a wave asks. */
public enum WaveKind { BASELINE, MIDPOINT, END, FOLLOW_UP, CUSTOM }
