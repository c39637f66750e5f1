package org.tandem.duo;

/** That an outcome of a duo was recorded at a moment, without the outcome itself. */
record RecordedMoment(long duoId, OutcomeMoment moment) {
}
