package org.tandem.programme;

public enum CohortKind {
    PILOT, ROUND, EDITION
}
