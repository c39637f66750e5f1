package org.tandem.matching;

/** A hard criterion rules a pair out when it scores 0; a weighted one adds to the pair's score. */
public enum CriterionMode {
    HARD, WEIGHTED, OFF
}
