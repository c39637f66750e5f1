package org.tandem.duo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.tandem.shared.FieldException;
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * A meeting a member logged. It holds what the duo shares; the author's private note lives apart
 * ({@link PrivateNote}), so that loading a duo's log never loads anyone's private note.
 */
@Entity
@Table(name = "duo_meeting")
class Meeting {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duo_meeting_seq")
    @SequenceGenerator(name = "duo_meeting_seq", sequenceName = "duo_meeting_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long duoId;
    private LocalDate heldOn;
    private int minutes;

    @Enumerated(EnumType.STRING)
    private AgreedMode mode;

    private String topics;
    private String tags;
    @PersonalData(Kind.FREE_TEXT)
    private String sharedNotes;
    private String loggedBy;

    @Enumerated(EnumType.STRING)
    private DuoSide loggedBySide;

    private Instant loggedAt;

    protected Meeting() {
    }

    static Meeting log(long duoId, MeetingEntry entry, List<String> themes, LocalDate today, String who, DuoSide side,
            Instant now) {
        if (entry.heldOn() == null) {
            throw new FieldException("heldOn", "meeting.heldOn.required");
        }
        if (entry.heldOn().isAfter(today)) {
            throw new FieldException("heldOn", "meeting.heldOn.future");
        }
        if (entry.minutes() == null || entry.minutes() < MIN_MINUTES || entry.minutes() > MAX_MINUTES) {
            throw new FieldException("minutes", "meeting.minutes.range", MIN_MINUTES, MAX_MINUTES);
        }
        if (entry.mode() == null) {
            throw new FieldException("mode", "meeting.mode.required");
        }
        var topics = entry.topics() == null ? List.<String>of()
                : entry.topics().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct()
                        .toList();
        for (String topic : topics) {
            if (!themes.contains(topic)) {
                throw new FieldException("topics", "meeting.topic.unknown", topic);
            }
        }
        var tags = tags(entry.tags());
        String tagText = String.join("\n", tags);
        if (tagText.length() > 1000) {
            throw new FieldException("tags", "meeting.tooLong", 1000);
        }
        String shared = Text.orNull(entry.sharedNotes());
        if (shared != null && shared.length() > 4000) {
            throw new FieldException("sharedNotes", "meeting.tooLong", 4000);
        }
        var meeting = new Meeting();
        meeting.duoId = duoId;
        meeting.heldOn = entry.heldOn();
        meeting.minutes = entry.minutes();
        meeting.mode = entry.mode();
        meeting.topics = String.join("\n", topics);
        meeting.tags = tagText;
        meeting.sharedNotes = shared;
        meeting.loggedBy = who;
        meeting.loggedBySide = side;
        meeting.loggedAt = now;
        return meeting;
    }

    static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }


    Long id() {
        return id;
    }

    long duoId() {
        return duoId;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    int minutes() {
        return minutes;
    }

    AgreedMode mode() {
        return mode;
    }

    List<String> topics() {
        return DuoSettings.lines(topics);
    }

    List<String> tags() {
        return DuoSettings.lines(tags);
    }

    String sharedNotes() {
        return sharedNotes;
    }

    String loggedBy() {
        return loggedBy;
    }

    DuoSide loggedBySide() {
        return loggedBySide;
    }
}
