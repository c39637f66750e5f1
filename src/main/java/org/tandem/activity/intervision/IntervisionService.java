package org.tandem.activity.intervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.UserSummary;
import org.tandem.activity.calendar.CalendarEntry.Participation;
import org.tandem.activity.calendar.InviteChanged;
import org.tandem.activity.calendar.InviteChanged.Change;
import org.tandem.activity.calendar.Invitee;
import org.tandem.activity.calendar.Zones;
import org.tandem.duo.DuoService;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ProgrammeMentor;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.SiteView;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * Intervision groups of a programme's mentors. Coordinators of the programme (and admins) form the groups, plan,
 * change and cancel sessions; they and the group's facilitator (signed in with the account whose e-mail address the
 * group names) take attendance and keep the session record; a member sees their own group in part
 * ({@link MyGroupView}); for anyone else none of it exists. Members are told of every session that concerns them
 * through {@link InviteChanged}; the calendar part mails them.
 */
@Service
public class IntervisionService {

    /** The most members a group may have, in every programme (4 to 8 are advised). */
    public static final int MAX_MEMBERS = IntervisionGroup.MAX_MEMBERS;
    static final int MAX_SERIES = 26;
    static final int MAX_EVERY_WEEKS = 12;
    static final String MEMBER_PATH = "/me/intervision";

    private final IntervisionGroupRepository groups;
    private final IntervisionSessionRepository sessions;
    private final ParticipantQueries participants;
    private final MyParticipation me;
    private final DuoService duos;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntervisionService(IntervisionGroupRepository groups, IntervisionSessionRepository sessions,
            ParticipantQueries participants, MyParticipation me, DuoService duos, ProgrammeCatalogue catalogue,
            AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.sessions = sessions;
        this.participants = participants;
        this.me = me;
        this.duos = duos;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- reads

    /** The programme's groups with their members and sessions, for its coordinators. */
    @Transactional(readOnly = true)
    public List<GroupView> groups(long programmeId) {
        requireManage(programmeId);
        var list = groups.findByProgrammeIdOrderByNameAscIdAsc(programmeId);
        var bySession = sessions.findByGroupIdInOrderByStartsAtAscIdAsc(
                list.stream().map(IntervisionGroup::id).toList()).stream()
                .collect(Collectors.groupingBy(IntervisionSession::groupId));
        var people = people(list.stream().flatMap(g -> g.memberIds().stream()).toList());
        return list.stream().map(g -> view(g, bySession.getOrDefault(g.id(), List.of()), people,
                Viewer.COORDINATOR)).toList();
    }

    /** Who the signed-in user is to the group; 404 when they are none of its coordinators, facilitator, members. */
    @Transactional(readOnly = true)
    public Viewer viewerOf(long groupId) {
        return viewer(group(groupId, false));
    }

    /** The whole group, for its coordinators and its facilitator. */
    @Transactional(readOnly = true)
    public GroupView group(long groupId) {
        var group = group(groupId, false);
        var viewer = recorder(group);
        return view(group, sessions.findByGroupIdOrderByStartsAtAscIdAsc(groupId), people(group.memberIds()),
                viewer);
    }

    /** One session, for the coordinators and the facilitator of its group. */
    @Transactional(readOnly = true)
    public IntervisionSessionView session(long sessionId) {
        var session = sessionOf(sessionId);
        recorder(groupOf(session));
        return IntervisionSessionView.from(session, now(session));
    }

    /** The groups the signed-in user facilitates, across programmes. */
    @Transactional(readOnly = true)
    public List<GroupView> facilitated() {
        var user = accounts.requireCurrent();
        return groups.findByFacilitatorEmail(IntervisionGroup.normalise(user.email())).stream()
                .map(g -> view(g, sessions.findByGroupIdOrderByStartsAtAscIdAsc(g.id()), people(g.memberIds()),
                        Viewer.FACILITATOR)).toList();
    }

    /** The signed-in mentor's groups (at most one per programme), as a member sees them; none when not in one. */
    @Transactional(readOnly = true)
    public List<MyGroupView> mine() {
        var mine = me.enrolmentIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        return groups.findByMembers(mine).stream().map(g -> mine(g, mine)).toList();
    }

    /** One group as a member sees it. */
    @Transactional(readOnly = true)
    public MyGroupView mine(long groupId) {
        var group = group(groupId, false);
        var mine = me.enrolmentIds();
        if (mine.stream().noneMatch(group::hasMember)) {
            throw new NotFoundException("intervision group", groupId);
        }
        return mine(group, mine);
    }

    /** The mentors of the programme a coordinator may add to the group: those not in it (with their group, if any). */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long groupId) {
        var group = group(groupId, true);
        var inGroups = memberships(group.programmeId());
        return participants.mentorsInOpenCohorts(group.programmeId()).stream()
                .filter(m -> !group.hasMember(m.enrolmentId()))
                .filter(m -> group.cohortId() == null || m.cohortId() == group.cohortId())
                .sorted(Comparator.comparing(ProgrammeMentor::lastName).thenComparing(ProgrammeMentor::firstName))
                .map(m -> {
                    Object[] other = inGroups.get(m.enrolmentId());
                    return new Candidate(m.enrolmentId(), m.firstName(), m.lastName(), m.cohortId(),
                            other == null ? null : (String) other[2]);
                })
                .toList();
    }

    // --- commands on groups

    @Transactional
    public GroupView createGroup(long programmeId, GroupDetails details) {
        requireManage(programmeId);
        requirePlace(programmeId, details);
        var group = groups.saveAndFlush(new IntervisionGroup(programmeId, details,
                facilitatorAccount(details.facilitatorEmail())));
        return view(group, List.of(), Map.of(), Viewer.COORDINATOR);
    }

    @Transactional
    public GroupView changeGroup(long groupId, GroupDetails details) {
        var group = group(groupId, true);
        Versions.require(details.version(), group.version());
        requirePlace(group.programmeId(), details);
        if (details.cohortId() != null && people(group.memberIds()).values().stream()
                .anyMatch(m -> m.cohortId() != details.cohortId())) {
            throw new FieldException("cohortId", "intervision.group.cohort.members");
        }
        group.change(details, facilitatorAccount(details.facilitatorEmail()));
        groups.flush();
        return group(groupId);
    }

    /**
     * Adds a mentor of the programme (enrolled in an open cohort, not withdrawn, of the group's cohort if it has
     * one) who is in no group of the programme yet; they are invited to the group's upcoming sessions.
     */
    @Transactional
    public GroupView addMember(long groupId, long enrolmentId) {
        var group = group(groupId, true);
        var mentor = participants.mentorsInOpenCohorts(group.programmeId()).stream()
                .filter(m -> m.enrolmentId() == enrolmentId).findFirst()
                .orElseThrow(() -> new FieldException("enrolmentId", "intervision.member.notMentor"));
        if (group.cohortId() != null && mentor.cohortId() != group.cohortId()) {
            throw new FieldException("enrolmentId", "intervision.member.otherCohort");
        }
        if (group.hasMember(enrolmentId)) {
            throw new FieldException("enrolmentId", "intervision.member.already");
        }
        var other = memberships(group.programmeId()).get(enrolmentId);
        if (other != null) {
            throw new FieldException("enrolmentId", "intervision.member.otherGroup", other[2]);
        }
        group.add(enrolmentId);
        groups.flush();
        invite(group, upcoming(group), List.of(enrolmentId), Change.REGISTERED);
        return group(groupId);
    }

    /** Takes a member out of the group; they are told that its upcoming sessions are no longer theirs. */
    @Transactional
    public GroupView removeMember(long groupId, long enrolmentId) {
        var group = group(groupId, true);
        leave(group, enrolmentId);
        return group(groupId);
    }

    /** A mentor who left the programme leaves their groups too (no user acts: the participant module told us). */
    @Transactional
    void withdrawn(long enrolmentId) {
        for (var group : groups.findByMembers(List.of(enrolmentId))) {
            leave(group, enrolmentId);
        }
    }

    private void leave(IntervisionGroup group, long enrolmentId) {
        group.remove(enrolmentId);
        groups.flush();
        invite(group, upcoming(group), List.of(enrolmentId), Change.WITHDRAWN);
    }

    // --- commands on sessions

    /** Plans one session, or a series ({@code times} sessions, {@code everyWeeks} apart); all or none. */
    @Transactional
    public List<IntervisionSessionView> planSessions(long groupId, SessionPlan plan) {
        var group = group(groupId, true);
        int times = plan.times() == null ? 1 : plan.times();
        if (times < 1 || times > MAX_SERIES) {
            throw new FieldException("times", "intervision.series.times", MAX_SERIES);
        }
        int every = plan.everyWeeks() == null ? (times == 1 ? 1 : 0) : plan.everyWeeks();
        if (every < 1 || every > MAX_EVERY_WEEKS) {
            throw new FieldException("everyWeeks", "intervision.series.every", MAX_EVERY_WEEKS);
        }
        var now = now(zone(group));
        var planned = new ArrayList<IntervisionSession>();
        for (int i = 0; i < times; i++) {
            long weeks = (long) i * every;
            planned.add(new IntervisionSession(group.id(), group.programmeId(),
                    plan.startsAt() == null ? null : plan.startsAt().plusWeeks(weeks),
                    plan.endsAt() == null ? null : plan.endsAt().plusWeeks(weeks), plan.place(), plan.onlineLink(),
                    now));
        }
        sessions.saveAllAndFlush(planned);
        invite(group, planned, group.memberIds(), Change.REGISTERED);
        return planned.stream().map(s -> IntervisionSessionView.from(s, now)).toList();
    }

    @Transactional
    public IntervisionSessionView changeSession(long sessionId, SessionPlan plan) {
        var session = sessionOf(sessionId);
        var group = groupOf(session);
        requireManage(group);
        Versions.require(plan.version(), session.version());
        session.change(plan, now(zone(group)));
        sessions.flush();
        invite(group, List.of(session), group.memberIds(), Change.UPDATED);
        return IntervisionSessionView.from(session, now(zone(group)));
    }

    @Transactional
    public IntervisionSessionView cancelSession(long sessionId, Long version) {
        var session = sessionOf(sessionId);
        var group = groupOf(session);
        requireManage(group);
        Versions.require(version, session.version());
        session.cancel(now(zone(group)));
        sessions.flush();
        invite(group, List.of(session), group.memberIds(), Change.CANCELLED);
        return IntervisionSessionView.from(session, now(zone(group)));
    }

    /** Who of the members was there; by a coordinator or the facilitator, once the session has begun. */
    @Transactional
    public IntervisionSessionView recordAttendance(long sessionId, Presence presence) {
        var session = sessionOf(sessionId);
        var group = groupOf(session);
        recorder(group);
        Versions.require(presence.version(), session.version());
        session.recordAttendance(presence.present(), group.memberIds(), now(zone(group)));
        sessions.flush();
        return IntervisionSessionView.from(session, now(zone(group)));
    }

    /**
     * The session record, by a coordinator or the facilitator. It names no mentee: a note or theme that holds the
     * first or last name of a mentee of any member's duo is refused.
     */
    @Transactional
    public IntervisionSessionView recordSession(long sessionId, SessionRecord record) {
        var session = sessionOf(sessionId);
        var group = groupOf(session);
        recorder(group);
        Versions.require(record.version(), session.version());
        refuseMenteeNames(group, "note", record.note());
        refuseMenteeNames(group, "otherTheme", record.otherTheme());
        session.record(record.themes(), record.otherTheme(), record.note(), accounts.requireCurrent().email(),
                Instant.now(clock), now(zone(group)));
        sessions.flush();
        return IntervisionSessionView.from(session, now(zone(group)));
    }

    private void refuseMenteeNames(IntervisionGroup group, String field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var mentees = duos.menteesOf(group.memberIds());
        for (MatchCandidate mentee : participants.duoMembers(mentees)) {
            for (String name : MenteeNames.of(mentee.firstName(), mentee.lastName())) {
                if (MenteeNames.mentions(text, name)) {
                    throw new FieldException(field, "intervision.record.menteeName");
                }
            }
        }
    }

    // --- helpers

    private void invite(IntervisionGroup group, Collection<IntervisionSession> list, Collection<Long> members,
            Change change) {
        var zone = zone(group);
        for (var session : list) {
            var entry = IntervisionEntries.entry(session, group, zone,
                    change == Change.CANCELLED ? Participation.CANCELLED : Participation.MEMBER, MEMBER_PATH);
            for (long member : members) {
                events.publishEvent(new InviteChanged(entry, Invitee.participant(member), change));
            }
        }
    }

    private List<IntervisionSession> upcoming(IntervisionGroup group) {
        var now = now(zone(group));
        return sessions.findByGroupIdOrderByStartsAtAscIdAsc(group.id()).stream().filter(s -> s.upcoming(now))
                .toList();
    }

    private GroupView view(IntervisionGroup group, List<IntervisionSession> list, Map<Long, MatchCandidate> people,
            Viewer viewer) {
        var now = now(zone(group));
        var views = list.stream().map(s -> IntervisionSessionView.from(s, now)).toList();
        var next = list.stream().filter(s -> s.upcoming(now)).findFirst()
                .map(s -> IntervisionSessionView.from(s, now)).orElse(null);
        var members = group.memberIds().stream().map(people::get).filter(p -> p != null)
                .map(p -> new GroupView.Member(p.enrolmentId(), p.firstName(), p.lastName(), p.cohortId()))
                .sorted(Comparator.comparing(GroupView.Member::firstName).thenComparing(GroupView.Member::lastName))
                .toList();
        return new GroupView(group.id(), group.programmeId(), group.name(), group.siteId(), siteName(group),
                group.cohortId(), cohortName(group), group.facilitatorName(), group.facilitatorEmail(),
                group.facilitatorAccountId() != null, members, group.sizeAdvice(), next, views, viewer,
                group.version());
    }

    private MyGroupView mine(IntervisionGroup group, Set<Long> mine) {
        var now = now(zone(group));
        long self = group.memberIds().stream().filter(mine::contains).findFirst().orElseThrow();
        var firstNames = people(group.memberIds()).values().stream().map(MatchCandidate::firstName).sorted()
                .toList();
        var upcoming = new ArrayList<MyGroupView.MySession>();
        var past = new ArrayList<MyGroupView.MySession>();
        for (var s : sessions.findByGroupIdOrderByStartsAtAscIdAsc(group.id())) {
            if (s.startsAt().isAfter(now)) {
                upcoming.add(mySession(s, null, false));
            } else if (!s.cancelled()) {
                past.add(0, mySession(s, s.attendance().get(self), true));
            }
        }
        var next = upcoming.stream().filter(s -> !s.cancelled()).findFirst().orElse(null);
        var programme = catalogue.rules(group.programmeId()).map(p -> p.name()).orElse("");
        return new MyGroupView(group.id(), group.programmeId(), programme, group.name(), siteName(group),
                group.facilitatorName(), firstNames, next, upcoming, past);
    }

    private static MyGroupView.MySession mySession(IntervisionSession s, Boolean attended, boolean past) {
        return new MyGroupView.MySession(s.id(), s.startsAt(), s.endsAt(), s.place(), s.onlineLink(), s.cancelled(),
                attended, past ? s.themes() : Set.of(), past ? s.otherTheme() : null);
    }

    /** The people of these enrolments by enrolment id (names and cohort; the caller checked who may see them). */
    private Map<Long, MatchCandidate> people(Collection<Long> enrolmentIds) {
        return participants.duoMembers(enrolmentIds).stream()
                .collect(Collectors.toMap(MatchCandidate::enrolmentId, Function.identity()));
    }

    /** Every member of a group of the programme: enrolment id → (enrolment id, group id, group name). */
    private Map<Long, Object[]> memberships(long programmeId) {
        var found = new HashMap<Long, Object[]>();
        for (Object[] row : groups.membersOfProgramme(programmeId)) {
            found.put((Long) row[0], row);
        }
        return found;
    }

    private Viewer viewer(IntervisionGroup group) {
        var user = accounts.requireCurrent();
        if (user.mayManageProgramme(group.programmeId())) {
            return Viewer.COORDINATOR;
        }
        if (group.facilitatedBy(user.email())) {
            return Viewer.FACILITATOR;
        }
        if (me.enrolmentIds().stream().anyMatch(group::hasMember)) {
            return Viewer.MEMBER;
        }
        throw new NotFoundException("intervision group", group.id());
    }

    /** A coordinator or the facilitator; a member may look at their group but not act on it. */
    private Viewer recorder(IntervisionGroup group) {
        var viewer = viewer(group);
        if (!viewer.records()) {
            throw new AccessDeniedException("intervision group " + group.id() + " is recorded by its facilitator");
        }
        return viewer;
    }

    private void requireManage(IntervisionGroup group) {
        if (viewer(group) != Viewer.COORDINATOR) {
            throw new AccessDeniedException("intervision group " + group.id() + " is run by its coordinators");
        }
    }

    private IntervisionGroup group(long groupId, boolean manage) {
        var group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("intervision group", groupId));
        if (manage && !accounts.requireCurrent().mayManageProgramme(group.programmeId())) {
            throw new NotFoundException("intervision group", groupId);
        }
        return group;
    }

    private IntervisionSession sessionOf(long sessionId) {
        return sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("intervision session", sessionId));
    }

    private IntervisionGroup groupOf(IntervisionSession session) {
        return groups.findById(session.groupId()).orElseThrow();
    }

    private void requireManage(long programmeId) {
        if (catalogue.rules(programmeId).isEmpty()
                || !accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }

    private void requirePlace(long programmeId, GroupDetails details) {
        if (details.siteId() != null && catalogue.sites(programmeId).stream()
                .noneMatch(s -> s.id() == details.siteId())) {
            throw new FieldException("siteId", "intervision.group.site.unknown");
        }
        if (details.cohortId() != null && catalogue.cohorts(programmeId).stream()
                .noneMatch(c -> c.id() == details.cohortId())) {
            throw new FieldException("cohortId", "intervision.group.cohort.unknown");
        }
    }

    private Long facilitatorAccount(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return accounts.findByEmail(email.strip()).map(UserSummary::id).orElse(null);
    }

    private String siteName(IntervisionGroup group) {
        return group.siteId() == null ? null : catalogue.sites(group.programmeId()).stream()
                .filter(s -> s.id() == group.siteId()).map(SiteView::city).findFirst().orElse(null);
    }

    private String cohortName(IntervisionGroup group) {
        return group.cohortId() == null ? null : catalogue.cohort(group.cohortId()).map(c -> c.name()).orElse(null);
    }

    ZoneId zone(IntervisionGroup group) {
        if (group.siteId() == null) {
            return Zones.DEFAULT;
        }
        return catalogue.sites(group.programmeId()).stream().filter(s -> s.id() == group.siteId())
                .map(s -> Zones.of(s.country())).findFirst().orElse(Zones.DEFAULT);
    }

    private LocalDateTime now(IntervisionSession session) {
        return now(zone(groupOf(session)));
    }

    /** The wall-clock time now in the group's zone (from the clock's instant, so that a demo's story time holds). */
    private LocalDateTime now(ZoneId zone) {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }
}
