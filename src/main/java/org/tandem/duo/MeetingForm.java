package org.tandem.duo;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as a member logs it: topics from the programme's themes, free tags (comma separated), notes shared
 * within the duo, and a private note only its author ever sees.
 */
public record MeetingForm(LocalDate heldOn, Integer minutes, AgreedMode mode, List<String> topics, String tags,
        String sharedNotes, String privateNote) {
}
