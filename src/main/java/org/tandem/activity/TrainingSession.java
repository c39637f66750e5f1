package org.tandem.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.tandem.shared.FieldException;

/**
 * A session of a training module: when (local time at its site), where (a place, an online link or both), the
 * trainer, how many can take part, and who was present. It refuses a start in the past, an end before its start, and
 * a capacity below the number already present.
 */
@Entity
@Table(name = "training_session")
class TrainingSession {

    static final int MAX_TEXT = 200;
    static final int MAX_LINK = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long moduleId;
    private long programmeId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Long siteId;
    private String onlineLink;
    private String place;
    private String trainer;
    private int capacity;

    @ElementCollection
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "enrolment_id")
    private Set<Long> present = new HashSet<>();

    protected TrainingSession() {
    }

    TrainingSession(long programmeId, long moduleId, SessionDetails details, LocalDateTime now) {
        this.programmeId = programmeId;
        this.moduleId = moduleId;
        apply(details, now);
    }

    /** Changes when, where, by whom and for how many; moving the start is refused when the new start has passed. */
    void change(SessionDetails details, LocalDateTime now) {
        apply(details, now);
    }

    private void apply(SessionDetails details, LocalDateTime now) {
        if (details.startsAt() == null) {
            throw new FieldException("startsAt", "training.session.startsAt.required");
        }
        if (!details.startsAt().equals(startsAt) && details.startsAt().isBefore(now)) {
            throw new FieldException("startsAt", "training.session.past");
        }
        if (details.endsAt() == null || !details.endsAt().isAfter(details.startsAt())) {
            throw new FieldException("endsAt", "training.session.endBeforeStart");
        }
        if (details.capacity() == null || details.capacity() < 1) {
            throw new FieldException("capacity", "training.session.capacity.min");
        }
        if (details.capacity() < present.size()) {
            throw new FieldException("capacity", "training.session.capacity.belowPresent", present.size());
        }
        String link = blankToNull(details.onlineLink());
        if (link != null && (link.length() > MAX_LINK || !link.matches("https?://\\S+"))) {
            throw new FieldException("onlineLink", "training.session.link");
        }
        String placeText = blankToNull(details.place());
        if (placeText == null && link == null) {
            throw new FieldException("place", "training.session.where");
        }
        if (placeText != null && placeText.length() > MAX_TEXT) {
            throw new FieldException("place", "training.session.text.long", MAX_TEXT);
        }
        String trainerText = blankToNull(details.trainer());
        if (trainerText != null && trainerText.length() > MAX_TEXT) {
            throw new FieldException("trainer", "training.session.text.long", MAX_TEXT);
        }
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        siteId = details.siteId();
        onlineLink = link;
        place = placeText;
        trainer = trainerText;
        capacity = details.capacity();
    }

    /** Who was present, as ticked: the whole list replaces the former one. More than the capacity is refused. */
    void recordAttendance(Set<Long> presentNow) {
        if (presentNow.size() > capacity) {
            throw new FieldException("present", "training.session.overCapacity", capacity);
        }
        present.clear();
        present.addAll(presentNow);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long moduleId() {
        return moduleId;
    }

    long programmeId() {
        return programmeId;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    Long siteId() {
        return siteId;
    }

    String onlineLink() {
        return onlineLink;
    }

    String place() {
        return place;
    }

    String trainer() {
        return trainer;
    }

    int capacity() {
        return capacity;
    }

    Set<Long> present() {
        return Set.copyOf(present);
    }
}
