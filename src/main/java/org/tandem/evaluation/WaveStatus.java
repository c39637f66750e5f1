package org.tandem.evaluation;

public enum WaveStatus { PLANNED, OPEN, CLOSED }
