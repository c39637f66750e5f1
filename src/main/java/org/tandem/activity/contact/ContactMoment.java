package org.tandem.activity.contact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.tandem.shared.FieldException;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * A contact moment between an employer and an employee it released as a mentor: planned (when, where), then held
 * (the day, who took part, the topics, a short note), or cancelled. It may also be recorded as held without having
 * been planned. It refuses a planned start in the past, an end before its start, a held day in the future, a moment
 * the mentor did not take part in, and one without topics; a held or cancelled moment is not moved.
 */
@Entity
@Table(name = "contact_moment")
class ContactMoment {

    static final int MAX_TEXT = 200;
    static final int MAX_LINK = 500;
    static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_moment_seq")
    @SequenceGenerator(name = "contact_moment_seq", sequenceName = "contact_moment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    private long employerId;
    private long mentorEnrolmentId;
    private Long contactAccountId;
    private Integer step;

    @Enumerated(EnumType.STRING)
    private MomentState state;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineLink;
    private String plannedBy;

    private LocalDate heldOn;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "contact_moment_taker", joinColumns = @JoinColumn(name = "moment_id"))
    @Column(name = "taker")
    @Enumerated(EnumType.STRING)
    private Set<Taker> tookPart = EnumSet.noneOf(Taker.class);

    private String others;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "contact_moment_topic", joinColumns = @JoinColumn(name = "moment_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @PersonalData(Kind.FREE_TEXT)
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected ContactMoment() {
    }

    private ContactMoment(long programmeId, long employerId, long mentorEnrolmentId, Long contactAccountId,
            Integer step) {
        this.programmeId = programmeId;
        this.employerId = employerId;
        this.mentorEnrolmentId = mentorEnrolmentId;
        this.contactAccountId = contactAccountId;
        this.step = step;
    }

    static ContactMoment plan(long programmeId, long employerId, long mentorEnrolmentId, Long contactAccountId,
            MomentPlanning planning, LocalDateTime now, String by) {
        var moment = new ContactMoment(programmeId, employerId, mentorEnrolmentId, contactAccountId,
                planning.step());
        moment.schedule(planning, now);
        moment.state = MomentState.PLANNED;
        moment.plannedBy = by;
        return moment;
    }

    /** Held, without having been planned in Tandem first. */
    static ContactMoment held(long programmeId, long employerId, long mentorEnrolmentId, Long contactAccountId,
            MomentRecording recording, LocalDate today, Instant now, String by) {
        var moment = new ContactMoment(programmeId, employerId, mentorEnrolmentId, contactAccountId,
                recording.step());
        moment.record(recording, today, now, by);
        return moment;
    }

    /** A planned moment moved to another time or place. */
    void reschedule(MomentPlanning planning, LocalDateTime now) {
        if (state != MomentState.PLANNED) {
            throw new FieldException("startsAt", "contact.moment.notPlanned");
        }
        schedule(planning, now);
    }

    void cancel() {
        if (state != MomentState.PLANNED) {
            throw new FieldException("state", "contact.moment.notPlanned");
        }
        state = MomentState.CANCELLED;
    }

    /** Records the moment as held (a planned one, or a new one); a held one may be corrected the same way. */
    void record(MomentRecording recording, LocalDate today, Instant now, String by) {
        if (state == MomentState.CANCELLED) {
            throw new FieldException("heldOn", "contact.moment.cancelled");
        }
        if (recording.heldOn() == null) {
            throw new FieldException("heldOn", "contact.moment.heldOn.required");
        }
        if (recording.heldOn().isAfter(today)) {
            throw new FieldException("heldOn", "contact.moment.heldOn.future");
        }
        if (!recording.tookPart().contains(Taker.MENTOR)) {
            throw new FieldException("tookPart", "contact.moment.tookPart.mentor");
        }
        String othersText = blankToNull(recording.others());
        if (othersText != null && othersText.length() > MAX_TEXT) {
            throw new FieldException("others", "contact.moment.text.long", MAX_TEXT);
        }
        if (recording.topics().isEmpty()) {
            throw new FieldException("topics", "contact.moment.topics.required");
        }
        String noteText = blankToNull(recording.note());
        if (noteText != null && noteText.length() > MAX_NOTE) {
            throw new FieldException("note", "contact.moment.text.long", MAX_NOTE);
        }
        heldOn = recording.heldOn();
        tookPart.clear();
        tookPart.addAll(recording.tookPart());
        others = othersText;
        topics.clear();
        topics.addAll(recording.topics());
        note = noteText;
        recordedBy = by;
        recordedAt = now;
        state = MomentState.HELD;
    }

    private void schedule(MomentPlanning planning, LocalDateTime now) {
        if (planning.startsAt() == null) {
            throw new FieldException("startsAt", "contact.moment.startsAt.required");
        }
        if (!planning.startsAt().equals(startsAt) && planning.startsAt().isBefore(now)) {
            throw new FieldException("startsAt", "contact.moment.past");
        }
        if (planning.endsAt() == null || !planning.endsAt().isAfter(planning.startsAt())) {
            throw new FieldException("endsAt", "contact.moment.endBeforeStart");
        }
        String link = blankToNull(planning.onlineLink());
        if (link != null && (link.length() > MAX_LINK || !link.matches("https?://\\S+"))) {
            throw new FieldException("onlineLink", "contact.moment.link");
        }
        String placeText = blankToNull(planning.place());
        if (placeText != null && placeText.length() > MAX_TEXT) {
            throw new FieldException("place", "contact.moment.text.long", MAX_TEXT);
        }
        startsAt = planning.startsAt();
        endsAt = planning.endsAt();
        place = placeText;
        onlineLink = link;
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

    long programmeId() {
        return programmeId;
    }

    long employerId() {
        return employerId;
    }

    long mentorEnrolmentId() {
        return mentorEnrolmentId;
    }

    Long contactAccountId() {
        return contactAccountId;
    }

    Integer step() {
        return step;
    }

    MomentState state() {
        return state;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    String plannedBy() {
        return plannedBy;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    Set<Taker> tookPart() {
        return Set.copyOf(tookPart);
    }

    String others() {
        return others;
    }

    Set<Topic> topics() {
        return Set.copyOf(topics);
    }

    String note() {
        return note;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
