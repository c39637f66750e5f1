package org.tandem.activity.intervision;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tandem.shared.FieldException;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;

/**
 * A session of an intervision group: when (wall-clock time at the group's site), where (a place, an online link or
 * both), whether it was called off, who of the members was present, and the facilitator's short record. It refuses
 * a start in the past, an end before its start, changes once it is called off, and attendance or a record before it
 * began.
 */
@Entity
@Table(name = "intervision_session")
class IntervisionSession {

    static final int MAX_TEXT = 200;
    static final int MAX_LINK = 500;
    static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intervision_session_seq")
    @SequenceGenerator(name = "intervision_session_seq", sequenceName = "intervision_session_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long groupId;
    private long programmeId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineLink;
    private boolean cancelled;

    /** Every member of the group when attendance was recorded: present or not. */
    @ElementCollection
    @CollectionTable(name = "intervision_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "enrolment_id")
    @Column(name = "present")
    private Map<Long, Boolean> attendance = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "intervision_session_theme", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<IntervisionTheme> themes = new HashSet<>();

    private String otherTheme;
    @PersonalData(Kind.FREE_TEXT)
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected IntervisionSession() {
    }

    IntervisionSession(long groupId, long programmeId, LocalDateTime startsAt, LocalDateTime endsAt, String place,
            String onlineLink, LocalDateTime now) {
        this.groupId = groupId;
        this.programmeId = programmeId;
        apply(startsAt, endsAt, place, onlineLink, now);
    }

    /** Moves it or changes where it is; a session called off stays called off. */
    void change(SessionPlan plan, LocalDateTime now) {
        if (cancelled) {
            throw new FieldException("startsAt", "intervision.session.cancelled");
        }
        apply(plan.startsAt(), plan.endsAt(), plan.place(), plan.onlineLink(), now);
    }

    /** Calls it off; a session that has begun already took place. */
    void cancel(LocalDateTime now) {
        if (cancelled) {
            throw new FieldException("startsAt", "intervision.session.cancelled");
        }
        if (!startsAt.isAfter(now)) {
            throw new FieldException("startsAt", "intervision.session.begun");
        }
        cancelled = true;
    }

    /**
     * Who of the members was present: the ticked ones present, the other members absent. Someone listed earlier
     * who has left the group since keeps their line.
     */
    void recordAttendance(Set<Long> present, Set<Long> members, LocalDateTime now) {
        requireHeld(now, "present");
        var listed = new HashSet<>(members);
        listed.addAll(attendance.keySet());
        if (!listed.containsAll(present)) {
            throw new FieldException("present", "intervision.attendance.notMember");
        }
        for (long member : listed) {
            attendance.put(member, present.contains(member));
        }
    }

    void record(Set<IntervisionTheme> chosen, String other, String noteText, String by, Instant at,
            LocalDateTime now) {
        requireHeld(now, "themes");
        String otherText = blankToNull(other);
        String noteStripped = blankToNull(noteText);
        if (chosen.isEmpty() && otherText == null) {
            throw new FieldException("themes", "intervision.record.theme.required");
        }
        if (otherText != null && otherText.length() > MAX_TEXT) {
            throw new FieldException("otherTheme", "intervision.text.long", MAX_TEXT);
        }
        if (noteStripped != null && noteStripped.length() > MAX_NOTE) {
            throw new FieldException("note", "intervision.text.long", MAX_NOTE);
        }
        themes.clear();
        themes.addAll(chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen));
        otherTheme = otherText;
        note = noteStripped;
        recordedBy = by;
        recordedAt = at;
    }

    private void requireHeld(LocalDateTime now, String field) {
        if (cancelled) {
            throw new FieldException(field, "intervision.session.cancelled");
        }
        if (startsAt.isAfter(now)) {
            throw new FieldException(field, "intervision.session.notYet");
        }
    }

    private void apply(LocalDateTime start, LocalDateTime end, String placeText, String link, LocalDateTime now) {
        if (start == null) {
            throw new FieldException("startsAt", "intervision.session.startsAt.required");
        }
        if (!start.equals(startsAt) && start.isBefore(now)) {
            throw new FieldException("startsAt", "intervision.session.past");
        }
        if (end == null || !end.isAfter(start)) {
            throw new FieldException("endsAt", "intervision.session.endBeforeStart");
        }
        String linkText = blankToNull(link);
        if (linkText != null && (linkText.length() > MAX_LINK || !linkText.matches("https?://\\S+"))) {
            throw new FieldException("onlineLink", "intervision.session.link");
        }
        String where = blankToNull(placeText);
        if (where == null && linkText == null) {
            throw new FieldException("place", "intervision.session.where");
        }
        if (where != null && where.length() > MAX_TEXT) {
            throw new FieldException("place", "intervision.text.long", MAX_TEXT);
        }
        startsAt = start;
        endsAt = end;
        place = where;
        onlineLink = linkText;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    boolean upcoming(LocalDateTime now) {
        return !cancelled && startsAt.isAfter(now);
    }

    boolean attendanceRecorded() {
        return !attendance.isEmpty();
    }

    boolean recorded() {
        return recordedAt != null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long groupId() {
        return groupId;
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

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    boolean cancelled() {
        return cancelled;
    }

    Map<Long, Boolean> attendance() {
        return Map.copyOf(attendance);
    }

    Set<IntervisionTheme> themes() {
        return themes.isEmpty() ? Set.of() : Set.copyOf(themes);
    }

    String otherTheme() {
        return otherTheme;
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
