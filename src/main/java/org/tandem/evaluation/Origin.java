package org.tandem.evaluation;

/** Where a questionnaire comes from: written by the programme (not validated), or an instrument it holds a licence for. */
public enum Origin { PROGRAMME_MADE, LICENSED }
