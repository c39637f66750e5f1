package org.tandem.duo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.MeetingFrequency;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Text;

/**
 * A duo's meeting log. Its members log meetings while the duo is confirmed, active or paused (a first meeting to
 * write the agreement counts too). Coordinators read dates, durations, modes and topics, never notes; members read
 * the shared notes of both and only their own private notes.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final Set<DuoState> LOGGABLE = EnumSet.of(DuoState.CONFIRMED, DuoState.ACTIVE, DuoState.PAUSED);

    private final MeetingRepository meetings;
    private final PrivateNoteRepository privateNotes;
    private final AgreementService agreements;
    private final DuoAccess access;
    private final DuoSettingsService settings;
    private final EntityManager entityManager;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, PrivateNoteRepository privateNotes, AgreementService agreements,
            DuoAccess access, DuoSettingsService settings, EntityManager entityManager, Clock clock) {
        this.meetings = meetings;
        this.privateNotes = privateNotes;
        this.agreements = agreements;
        this.access = access;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The log as the signed-in user may see it. */
    public MeetingLog log(long duoId) {
        var seen = access.readable(duoId);
        var duo = seen.duo();
        var viewer = seen.viewer();
        var list = meetings.findByDuoIdOrderByHeldOnDescIdDesc(duo.id());
        Map<Long, String> mine = viewer.coordinator() || list.isEmpty() ? Map.of()
                : privateNotes.findByMeetingIdInAndAuthor(list.stream().map(Meeting::id).toList(), viewer.email())
                        .stream().collect(Collectors.toMap(PrivateNote::meetingId, PrivateNote::text));
        var entries = list.stream().map(m -> new MeetingLog.Entry(m.id(), m.heldOn(), m.minutes(), m.mode(),
                m.topics(), m.tags(), m.loggedBySide(), viewer.email().equalsIgnoreCase(m.loggedBy()),
                viewer.coordinator() ? null : m.sharedNotes(), viewer.coordinator() ? null : mine.get(m.id())))
                .toList();
        int minutes = list.stream().mapToInt(Meeting::minutes).sum();
        return new MeetingLog(entries, MeetingLog.Totals.of(list.size(), minutes, expected(duo)),
                settings.of(duo.programmeId()).themes());
    }

    /** Whether the signed-in user may log a meeting now (a member, while the duo runs). */
    public boolean loggable(long duoId) {
        var seen = access.readable(duoId);
        return !seen.viewer().coordinator() && LOGGABLE.contains(seen.duo().state());
    }

    /** The signed-in member logs a meeting. */
    @Transactional
    public long record(long duoId, MeetingEntry entry) {
        var seen = access.asMember(duoId);
        var duo = seen.duo();
        if (!LOGGABLE.contains(duo.state())) {
            throw new DomainException("meeting.state", duo.state());
        }
        if (entry == null) {
            throw new FieldException("heldOn", "meeting.heldOn.required");
        }
        var meeting = meetings.saveAndFlush(Meeting.log(duo.id(), entry, settings.of(duo.programmeId()).themes(),
                LocalDate.now(clock), seen.viewer().email(), seen.viewer().side(), Instant.now(clock)));
        lockTally(duo).meetingLogged(meeting.heldOn(), clock.getZone());
        String note = Text.orNull(entry.privateNote());
        if (note != null) {
            privateNotes.save(PrivateNote.of(meeting.id(), seen.viewer().email(), note));
        }
        return meeting.id();
    }

    /** The signed-in member deletes a meeting they logged themselves, with their private note. */
    @Transactional
    public void delete(long duoId, long meetingId) {
        var seen = access.asMember(duoId);
        var duo = seen.duo();
        if (!LOGGABLE.contains(duo.state())) {
            throw new DomainException("meeting.state", duo.state());
        }
        var meeting = meetings.findById(meetingId).filter(m -> m.duoId() == duo.id())
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (!meeting.loggedBy().equalsIgnoreCase(seen.viewer().email())) {
            throw new DomainException("meeting.notYours");
        }
        privateNotes.deleteByMeetingId(meetingId);
        meetings.delete(meeting);
        meetings.flush();
        lockTally(duo).meetingDeleted(meeting.heldOn(), meetings.latestHeldOn(duo.id()), clock.getZone());
    }

    /**
     * The duo read again under a row lock, so that both members logging at the same moment each count on the other's
     * meeting instead of one of them being refused for a concurrent change.
     */
    private Duo lockTally(Duo duo) {
        entityManager.refresh(duo, LockModeType.PESSIMISTIC_WRITE);
        return duo;
    }

    /**
     * How many meetings the agreed frequency expects from the start until today (or the end): whole weeks,
     * fortnights or months. Pauses are not subtracted; the number is a guide ("about").
     */
    private Integer expected(Duo duo) {
        if (duo.activatedAt() == null) {
            return null;
        }
        var agreement = agreements.current(duo.id());
        if (agreement.isEmpty()) {
            return null;
        }
        LocalDate start = duo.activatedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        LocalDate end = duo.endedOn() != null ? duo.endedOn() : LocalDate.now(clock);
        if (end.isBefore(start)) {
            return 0;
        }
        MeetingFrequency frequency = agreement.get().frequency();
        long expected = switch (frequency) {
            case WEEKLY -> ChronoUnit.WEEKS.between(start, end);
            case FORTNIGHTLY -> ChronoUnit.WEEKS.between(start, end) / 2;
            case MONTHLY -> ChronoUnit.MONTHS.between(start, end);
        };
        return (int) expected;
    }
}
