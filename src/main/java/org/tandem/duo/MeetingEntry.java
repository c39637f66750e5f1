package org.tandem.duo;

import java.time.LocalDate;
import java.util.List;

/**
 * A member logs a meeting: topics from the programme's themes, free tags (comma separated), notes shared within
 * the duo, and a private note only its author ever sees.
 */
public record MeetingEntry(LocalDate heldOn, Integer minutes, AgreedMode mode, List<String> topics, String tags,
        String sharedNotes, String privateNote) {
}
