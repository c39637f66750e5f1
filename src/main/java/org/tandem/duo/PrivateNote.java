package org.tandem.duo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.tandem.shared.FieldException;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * A member's private note on a meeting they logged: only its author ever reads it. No other entity refers to it,
 * and its repository reads it only by author.
 */
@Entity
@Table(name = "duo_private_note")
class PrivateNote {

    @Id
    private Long meetingId;

    private String author;
    @PersonalData(Kind.FREE_TEXT)
    private String text;

    protected PrivateNote() {
    }

    static PrivateNote of(long meetingId, String author, String text) {
        if (text.length() > 4000) {
            throw new FieldException("privateNote", "meeting.tooLong", 4000);
        }
        var note = new PrivateNote();
        note.meetingId = meetingId;
        note.author = author;
        note.text = text;
        return note;
    }

    Long meetingId() {
        return meetingId;
    }

    String text() {
        return text;
    }
}
