package org.tandem.duo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A duo's meetings as the viewer may see them, newest first, with totals. Coordinators get no notes at all;
 * members get the shared notes and only their own private notes.
 */
public record MeetingLog(List<Entry> meetings, Totals totals, List<String> themes) {

    /** One meeting; the notes are absent (not even empty) for a coordinator. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(long id, LocalDate heldOn, int minutes, AgreedMode mode, List<String> topics,
            List<String> tags, DuoSide loggedBy, boolean mine, String sharedNotes, String privateNote) {
    }

    /**
     * Meetings and hours so far, against what the agreed frequency expects since the duo started (null before
     * the start or without an agreement).
     */
    public record Totals(int meetings, int minutes, double hours, Integer expected) {

        static Totals of(int meetings, int minutes, Integer expected) {
            return new Totals(meetings, minutes, Math.round(minutes / 6.0) / 10.0, expected);
        }
    }
}
