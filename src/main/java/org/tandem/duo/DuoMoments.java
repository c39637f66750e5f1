package org.tandem.duo;

import java.time.LocalDate;

/**
 * When a person's duo started (activated: agreement and first steps done) and ended, for modules that count from
 * those moments (a survey "3 months after the duo's end"). A mentor with several duos: the first start, the last end.
 */
public record DuoMoments(long enrolmentId, LocalDate started, LocalDate ended) {
}
