package org.tandem.duo;

import java.time.LocalDate;

/** A stage to record: reached on a date with a note, or skipped with a reason. */
public record StageEntry(Long stageId, LocalDate reachedOn, String note, boolean skipped, String skipReason) {
}
