package org.tandem.evaluation;

/** Who a wave asks. */
public enum WaveRole { MENTOR, MENTEE, EMPLOYER_CONTACT }
