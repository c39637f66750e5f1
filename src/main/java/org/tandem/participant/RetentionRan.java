package org.tandem.participant;

import java.time.Instant;

/** A retention run ended: how many person records it erased and how many it could not (tried again next run). */
public record RetentionRan(int erased, int failed, Instant at) {
}
