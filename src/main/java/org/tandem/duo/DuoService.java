package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.duo.DuoDetails.Action;
import org.tandem.participant.DuoEvents.Closure;
import org.tandem.participant.DuoEvents.DuoClosed;
import org.tandem.participant.DuoEvents.DuoProposed;
import org.tandem.participant.DuoEvents.DuoStarted;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.EnrolmentWithdrawn;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

/**
 * A duo's lifecycle: proposal, confirmation or decline, start, pause, completion or early end. Each step that the
 * members' enrolments follow is published (DuoProposed, DuoStarted, DuoClosed); a declined or early-ended member is
 * back in the pool of the same cohort. A member withdrawn from the programme ends their open duos.
 */
@Service
@Transactional(readOnly = true)
public class DuoService {

    private final DuoRepository duos;
    private final MeetingRepository meetings;
    private final DuoAccess access;
    private final DuoSettingsService settings;
    private final ParticipantQueries participants;
    private final DuoNotices notices;
    private final MyParticipation me;
    private final ProgrammeCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuoService(DuoRepository duos, MeetingRepository meetings, DuoAccess access, DuoSettingsService settings,
            ParticipantQueries participants, DuoNotices notices, MyParticipation me, ProgrammeCatalogue catalogue,
            ApplicationEventPublisher events, Clock clock) {
        this.duos = duos;
        this.meetings = meetings;
        this.access = access;
        this.settings = settings;
        this.participants = participants;
        this.notices = notices;
        this.me = me;
        this.events = events;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Proposes a duo; both enrolments follow to matched and both members are told (DuoProposed). Proposing the same
     * mentee from the same run again returns the existing duo; a mentee already in an open duo, somebody no longer
     * in the pool (withdrawn, say) or a mentor whose places are all taken, is refused.
     */
    @Transactional
    public long propose(DuoProposal proposal) {
        access.requireManage(proposal.programmeId());
        var existing = duos.findByMenteeEnrolmentIdAndMatchingRunId(proposal.menteeEnrolmentId(),
                proposal.matchingRunId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var people = participants.matchCandidates(List.of(proposal.mentorEnrolmentId(), proposal.menteeEnrolmentId()));
        MatchCandidate mentor = find(people, proposal.mentorEnrolmentId(), ParticipantRole.MENTOR, proposal);
        MatchCandidate mentee = find(people, proposal.menteeEnrolmentId(), ParticipantRole.MENTEE, proposal);
        if (duos.existsByMenteeEnrolmentIdAndStateIn(proposal.menteeEnrolmentId(), DuoState.OPEN)) {
            throw new DomainException("duo.mentee.taken");
        }
        requireInPool(mentor, MENTOR_POOL);
        requireInPool(mentee, MENTEE_POOL);
        var taken = new HashSet<Integer>();
        duos.findByMentorEnrolmentIdAndStateIn(proposal.mentorEnrolmentId(), DuoState.OPEN)
                .forEach(d -> taken.add(d.mentorSlot()));
        int slot = 1;
        while (taken.contains(slot)) {
            slot++;
        }
        var duo = duos.saveAndFlush(Duo.propose(proposal, slot, mentor.capacity(), Instant.now(clock)));
        events.publishEvent(new DuoProposed(duo.id(), duo.programmeId(), duo.cohortId(), duo.mentorEnrolmentId(),
                duo.menteeEnrolmentId()));
        return duo.id();
    }

    private static final Set<EnrolmentStatus> MENTEE_POOL = EnumSet.of(EnrolmentStatus.READY_TO_MATCH);
    private static final Set<EnrolmentStatus> MENTOR_POOL = EnumSet.of(EnrolmentStatus.READY_TO_MATCH,
            EnrolmentStatus.MATCHED, EnrolmentStatus.ACTIVE);

    private static MatchCandidate find(List<MatchCandidate> people, long id, ParticipantRole role,
            DuoProposal proposal) {
        return people.stream().filter(p -> p.enrolmentId() == id && p.role() == role
                && p.cohortId() == proposal.cohortId()).findFirst()
                .orElseThrow(() -> new DomainException("duo.enrolment.invalid", id));
    }

    private static void requireInPool(MatchCandidate candidate, Set<EnrolmentStatus> pool) {
        if (!pool.contains(candidate.status())) {
            throw new DomainException("duo.enrolment.notInPool", candidate.name());
        }
    }

    // --- confirmation

    @Transactional
    public void planIntroduction(long duoId, Instant at) {
        var duo = access.manageable(duoId).duo();
        if (at == null) {
            throw new org.tandem.shared.FieldException("introductionAt", "duo.introductionAt.required");
        }
        duo.planIntroduction(at);
    }

    /** The signed-in member says yes. */
    @Transactional
    public void confirm(long duoId) {
        var seen = access.asMember(duoId);
        seen.duo().confirmBy(seen.viewer().side(), seen.viewer().email(), false, Instant.now(clock));
    }

    /** A coordinator says yes for one side (after a phone call, say); recorded as on behalf. */
    @Transactional
    public void confirmOnBehalf(long duoId, DuoSide side) {
        var seen = access.manageable(duoId);
        seen.duo().confirmBy(requireSide(side), seen.viewer().email(), true, Instant.now(clock));
    }

    /** The signed-in member says no: the proposal ends and both are back in the pool. */
    @Transactional
    public void decline(long duoId, EndReason reason, String note) {
        var seen = access.asMember(duoId);
        declined(seen.duo(), seen.viewer().side(), reason, note, seen.viewer().email());
    }

    @Transactional
    public void declineOnBehalf(long duoId, DuoSide side, EndReason reason, String note) {
        var seen = access.manageable(duoId);
        declined(seen.duo(), requireSide(side), reason, note, seen.viewer().email());
    }

    private void declined(Duo duo, DuoSide side, EndReason reason, String note, String who) {
        duo.declineBy(side, reason, note, LocalDate.now(clock), who, Instant.now(clock));
        closed(duo, Closure.DECLINED);
    }

    private static DuoSide requireSide(DuoSide side) {
        if (side == null) {
            throw new org.tandem.shared.FieldException("side", "duo.side.required");
        }
        return side;
    }

    // --- running and closing

    /** Both signed the agreement in force: a confirmed duo starts, and so do both enrolments. */
    @Transactional
    void agreementSigned(Duo duo) {
        boolean starts = duo.state() == DuoState.CONFIRMED;
        Instant now = Instant.now(clock);
        duo.agreementSigned(now, starts ? (int) meetings.countByDuoIdAndHeldOnGreaterThanEqual(duo.id(),
                LocalDate.ofInstant(now, clock.getZone())) : 0);
        if (starts) {
            events.publishEvent(new DuoStarted(duo.id(), duo.mentorEnrolmentId(), duo.menteeEnrolmentId()));
        }
    }

    @Transactional
    public void pause(long duoId, String reason) {
        access.manageable(duoId).duo().pause(reason, Instant.now(clock));
    }

    @Transactional
    public void resume(long duoId) {
        access.manageable(duoId).duo().resume();
    }

    /** The planned end is reached: the mentee's participation is complete, the mentor's when no duo is left. */
    @Transactional
    public void complete(long duoId, LocalDate on, Boolean mentorContinues) {
        var seen = access.manageable(duoId);
        var duo = seen.duo();
        duo.complete(on, mentorContinues, seen.viewer().email(), Instant.now(clock));
        closed(duo, Closure.COMPLETED);
    }

    /** Ends before the planned end: both may be matched again in the same cohort. */
    @Transactional
    public void endEarly(long duoId, EndReason reason, String note, LocalDate on, Boolean mentorContinues) {
        var seen = access.manageable(duoId);
        var duo = seen.duo();
        duo.endEarly(reason, note, on, mentorContinues, seen.viewer().email(), Instant.now(clock));
        closed(duo, Closure.ENDED_EARLY);
    }

    /**
     * A member was withdrawn from the programme: each of their open duos ends (a proposal is declined, a confirmed or
     * running duo ends early, reason 'withdrawn'), the mentor's place is free again, the partner is back in the pool
     * and is told, and so are the programme's coordinators.
     */
    @Transactional
    void memberWithdrew(EnrolmentWithdrawn withdrawn) {
        var open = Stream.concat(
                duos.findByMentorEnrolmentIdAndStateIn(withdrawn.enrolmentId(), DuoState.OPEN).stream(),
                duos.findByMenteeEnrolmentIdAndStateIn(withdrawn.enrolmentId(), DuoState.OPEN).stream()).toList();
        for (var duo : open) {
            var side = duo.mentorEnrolmentId() == withdrawn.enrolmentId() ? DuoSide.MENTOR : DuoSide.MENTEE;
            boolean proposal = duo.state() == DuoState.PROPOSED;
            duo.memberWithdrew(side, withdrawn.reason(), LocalDate.now(clock), withdrawn.by(), Instant.now(clock));
            closed(duo, proposal ? Closure.DECLINED : Closure.ENDED_EARLY);
            notices.memberWithdrew(duo, side);
        }
    }

    /** Frees the mentor's place in the database first, so that the count of the mentor's open duos is true. */
    private void closed(Duo duo, Closure closure) {
        duos.saveAndFlush(duo);
        events.publishEvent(new DuoClosed(duo.id(), duo.programmeId(), duo.cohortId(), duo.mentorEnrolmentId(),
                duo.menteeEnrolmentId(), closure, duo.endReason() == null ? null : duo.endReason().name(),
                openDuos(duo.mentorEnrolmentId()) > 0));
    }

    private int openDuos(long mentorEnrolmentId) {
        return duos.findByMentorEnrolmentIdAndStateIn(mentorEnrolmentId, DuoState.OPEN).size();
    }

    // --- reads

    /** All of a cohort's duos, with names, for the coordinators of its programme. */
    public List<DuoView> inCohort(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        access.requireManage(cohort.programmeId());
        var list = duos.findByCohortIdOrderById(cohortId);
        var names = names(list);
        var window = settings.of(cohort.programmeId()).confirmationWindow();
        Instant now = Instant.now(clock);
        return list.stream().map(d -> new DuoView(d.id(), d.mentorEnrolmentId(), names.get(d.mentorEnrolmentId()),
                d.menteeEnrolmentId(), names.get(d.menteeEnrolmentId()), d.cohortId(), d.state(), d.proposedAt(),
                d.matchingRunId(), d.state() == DuoState.PROPOSED ? d.confirmationDue(window) : null,
                d.confirmationOverdue(window, now), d.endedOn())).toList();
    }

    /**
     * The start and end of each member's duo in a cohort, by enrolment; for modules that act on their own schedule
     * (no signed-in user) and show no names.
     */
    public java.util.Map<Long, DuoMoments> momentsInCohort(long cohortId) {
        var found = new java.util.HashMap<Long, DuoMoments>();
        for (Duo d : duos.findByCohortIdOrderById(cohortId)) {
            LocalDate started = d.activatedAt() == null ? null
                    : d.activatedAt().atZone(clock.getZone()).toLocalDate();
            for (long enrolmentId : List.of(d.mentorEnrolmentId(), d.menteeEnrolmentId())) {
                found.merge(enrolmentId, new DuoMoments(enrolmentId, started, d.endedOn()), (a, b) -> new DuoMoments(
                        enrolmentId, earliest(a.started(), b.started()), latest(a.ended(), b.ended())));
            }
        }
        return found;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** One duo, for its coordinators and its two members. */
    public DuoDetails details(long duoId) {
        var seen = access.readable(duoId);
        return details(seen.duo(), seen.viewer());
    }

    /**
     * Who is in the duo, as far as the viewer may see: the partner's profile when the partner agreed to share it
     * (consent 'profile sharing'), contact details once both said yes.
     */
    public DuoMembers members(long duoId) {
        var seen = access.readable(duoId);
        var duo = seen.duo();
        var viewer = seen.viewer();
        var sides = viewer.coordinator() ? List.of(DuoSide.MENTOR, DuoSide.MENTEE)
                : List.of(viewer.side() == DuoSide.MENTOR ? DuoSide.MENTEE : DuoSide.MENTOR);
        var ids = sides.stream().map(duo::enrolmentId).toList();
        var people = participants.duoMembers(ids).stream()
                .collect(Collectors.toMap(MatchCandidate::enrolmentId, Function.identity()));
        boolean share = viewer.coordinator() || duo.confirmedAt() != null && duo.state() != DuoState.DECLINED;
        var contacts = share ? participants.duoContacts(ids).stream()
                .collect(Collectors.toMap(c -> c.enrolmentId(), Function.identity())) : Map.<Long, org.tandem.participant.MemberContact>of();
        var sharing = viewer.coordinator() ? Set.copyOf(ids) : participants.sharingTheirProfile(ids);
        return new DuoMembers(sides.stream().map(side -> {
            var person = people.get(duo.enrolmentId(side));
            return new DuoMembers.Member(side, duo.enrolmentId(side), person.firstName(),
                    viewer.coordinator() ? person.name() : person.firstName(),
                    sharing.contains(duo.enrolmentId(side)) ? person.profile() : null,
                    contacts.get(duo.enrolmentId(side)));
        }).toList());
    }

    /** The signed-in participant's duos, newest first: a mentor with two mentees sees both. */
    public List<DuoDetails> mine() {
        var ids = me.enrolmentIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return duos.findByMentorEnrolmentIdInOrMenteeEnrolmentIdInOrderByIdDesc(ids, ids).stream()
                .map(d -> details(d, access.viewer(d))).toList();
    }

    /**
     * The planned introduction meetings, from {@code from} up to (not including) {@code to}, of the duos these
     * enrolments are in, for their own calendar (the caller asks for the enrolments of the person it serves); declined
     * and ended duos have none.
     */
    public List<PlannedIntroduction> plannedIntroductions(Collection<Long> enrolmentIds, Instant from, Instant to) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return duos.findIntroductions(enrolmentIds, from, to, DuoState.OPEN).stream()
                .map(PlannedIntroduction::of).toList();
    }

    /** One open duo's planned introduction meeting, if it has one, for the reminder the day before. */
    public java.util.Optional<PlannedIntroduction> plannedIntroduction(long duoId) {
        return duos.findById(duoId).filter(d -> d.state().isOpen() && d.introductionAt() != null)
                .map(PlannedIntroduction::of);
    }

    /**
     * The planned introduction meetings of a programme's open duos from {@code from} up to (not including) {@code to},
     * for its coordinators' calendar.
     */
    public List<PlannedIntroduction> plannedIntroductionsIn(long programmeId, Instant from, Instant to) {
        return duos.findIntroductionsInProgramme(programmeId, from, to, DuoState.OPEN).stream()
                .map(PlannedIntroduction::of).toList();
    }

    /** Pairs of this cohort that someone declined: matching never proposes them again. */
    public Set<DuoPair> declinedPairs(long cohortId) {
        return duos.findByCohortIdAndState(cohortId, DuoState.DECLINED).stream()
                .map(d -> new DuoPair(d.mentorEnrolmentId(), d.menteeEnrolmentId())).collect(Collectors.toSet());
    }

    /** How many open duos each of these mentor enrolments has now. */
    public Map<Long, Integer> openDuoCounts(Collection<Long> mentorEnrolmentIds) {
        var counts = new HashMap<Long, Integer>();
        for (long mentor : mentorEnrolmentIds) {
            counts.put(mentor, openDuos(mentor));
        }
        return counts;
    }

    /**
     * The mentee enrolments of these mentors' duos, whatever their state, for a module that already checked the user
     * may see these mentors (intervision refuses a session record that names one of them).
     */
    public Set<Long> menteesOf(Collection<Long> mentorEnrolmentIds) {
        if (mentorEnrolmentIds.isEmpty()) {
            return Set.of();
        }
        return duos.findByMentorEnrolmentIdInOrMenteeEnrolmentIdInOrderByIdDesc(mentorEnrolmentIds,
                mentorEnrolmentIds).stream().filter(d -> mentorEnrolmentIds.contains(d.mentorEnrolmentId()))
                .map(Duo::menteeEnrolmentId).collect(Collectors.toSet());
    }

    /**
     * When the first duo of each of these mentors started (both signed the agreement), for the employer contact
     * moments that are due relative to it; mentors without a started duo are left out. The caller checks who may ask.
     */
    public Map<Long, Instant> firstDuoStarts(Collection<Long> mentorEnrolmentIds) {
        var starts = new HashMap<Long, Instant>();
        if (!mentorEnrolmentIds.isEmpty()) {
            for (var duo : duos.findByMentorEnrolmentIdInAndActivatedAtIsNotNull(mentorEnrolmentIds)) {
                starts.merge(duo.mentorEnrolmentId(), duo.activatedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return starts;
    }

    public long countProposedBy(long matchingRunId) {
        return duos.countByMatchingRunId(matchingRunId);
    }

    DuoDetails details(Duo d, Viewer viewer) {
        var people = participants.duoMembers(List.of(d.mentorEnrolmentId(), d.menteeEnrolmentId())).stream()
                .collect(Collectors.toMap(MatchCandidate::enrolmentId, Function.identity()));
        var window = settings.of(d.programmeId()).confirmationWindow();
        var programme = catalogue.rules(d.programmeId()).orElseThrow();
        var cohort = catalogue.cohort(d.cohortId()).orElseThrow();
        return new DuoDetails(d.id(), d.programmeId(), programme.name(), d.cohortId(), cohort.name(),
                member(d, DuoSide.MENTOR, people, viewer), member(d, DuoSide.MENTEE, people, viewer), d.state(), d.proposedAt(),
                d.introductionAt(), d.confirmationDue(window), d.confirmationOverdue(window, Instant.now(clock)),
                d.confirmedAt(), d.activatedAt(), d.pausedAt(), d.pauseReason(), d.endedOn(), d.endReason(),
                d.endNote(), d.declinedBySide(), d.mentorContinues(), viewer, actions(d, viewer));
    }

    /** Until both said yes, a member knows the partner by first name only (as the members section shows them). */
    private static DuoDetails.Member member(Duo d, DuoSide side, Map<Long, MatchCandidate> people, Viewer viewer) {
        var person = people.get(d.enrolmentId(side));
        boolean fullName = viewer.coordinator() || viewer.side() == side
                || d.confirmedAt() != null && d.state() != DuoState.DECLINED;
        return new DuoDetails.Member(d.enrolmentId(side), person == null ? "?" : person.firstName(),
                person == null ? "?" : fullName ? person.name() : person.firstName(), d.confirmedAt(side),
                d.confirmedBy(side),
                d.confirmedOnBehalf(side));
    }

    private static Set<Action> actions(Duo d, Viewer viewer) {
        var actions = EnumSet.noneOf(Action.class);
        if (!viewer.coordinator()) {
            if (d.state() == DuoState.PROPOSED && d.confirmedAt(viewer.side()) == null) {
                actions.addAll(List.of(Action.CONFIRM, Action.DECLINE));
            }
            return actions;
        }
        switch (d.state()) {
            case PROPOSED -> actions.addAll(List.of(Action.CONFIRM_ON_BEHALF, Action.DECLINE_ON_BEHALF,
                    Action.PLAN_INTRODUCTION));
            case CONFIRMED -> actions.add(Action.END_EARLY);
            case ACTIVE -> actions.addAll(List.of(Action.PAUSE, Action.COMPLETE, Action.END_EARLY));
            case PAUSED -> actions.addAll(List.of(Action.RESUME, Action.COMPLETE, Action.END_EARLY));
            default -> { }
        }
        return actions;
    }

    private Map<Long, String> names(List<Duo> list) {
        var names = new HashMap<Long, String>();
        participants.matchCandidates(list.stream().flatMap(d -> Stream.of(d.mentorEnrolmentId(),
                d.menteeEnrolmentId())).distinct().toList()).forEach(c -> names.put(c.enrolmentId(), c.name()));
        return names;
    }
}
