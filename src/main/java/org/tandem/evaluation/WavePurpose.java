package org.tandem.evaluation;

/**
 * What the answers are for. Only people with the 'research' consent are invited to a research wave; feedback waves
 * may ask everybody, and their answers stay out of every analysis that says "research".
 */
public enum WavePurpose { RESEARCH, FEEDBACK }
