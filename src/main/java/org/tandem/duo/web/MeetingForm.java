package org.tandem.duo.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.MeetingEntry;

/** The quick meeting entry on the duo page and the API's request body; tags comma separated. */
record MeetingForm(LocalDate heldOn, Integer minutes, AgreedMode mode, List<String> topics, String tags,
        String sharedNotes, String privateNote) implements Serializable {

    MeetingEntry toCommand() {
        return new MeetingEntry(heldOn, minutes, mode, topics, tags, sharedNotes, privateNote);
    }
}
