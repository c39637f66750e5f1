package org.tandem.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoProposal;
import org.tandem.duo.DuoService;
import org.tandem.matching.MatchingRun.DecisionKind;
import org.tandem.matching.RunView.AlternativeView;
import org.tandem.matching.RunView.Card;
import org.tandem.matching.RunView.PairRef;
import org.tandem.matching.RunView.PairView;
import org.tandem.matching.RunView.Summary;
import org.tandem.matching.RunView.UnmatchedView;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;
import org.tandem.programme.SiteView;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The coordinators' matching: profiles, runs, their review, and publishing a run as proposed duos. */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    static final int SUGGESTIONS = 5;

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };
    private static final TypeReference<List<Matcher.Alternative>> ALTERNATIVES = new TypeReference<>() { };
    private static final TypeReference<List<Matcher.Unmatched>> UNMATCHED = new TypeReference<>() { };

    private final MatchingRunRepository runs;
    private final MatchingProfileRepository profiles;
    private final ParticipantQueries participants;
    private final ProgrammeCatalogue catalogue;
    private final DuoService duos;
    private final AccountService accounts;
    private final Clock clock;
    private final Matcher matcher = new Matcher();
    private final JsonMapper json = JsonMapper.builder().build();

    MatchingService(MatchingRunRepository runs, MatchingProfileRepository profiles, ParticipantQueries participants,
            ProgrammeCatalogue catalogue, DuoService duos, AccountService accounts, Clock clock) {
        this.runs = runs;
        this.profiles = profiles;
        this.participants = participants;
        this.catalogue = catalogue;
        this.duos = duos;
        this.accounts = accounts;
        this.clock = clock;
    }

    // --- profiles

    public RunView.ProfileView profile(long programmeId) {
        ProgrammeRules programme = manageableProgramme(programmeId);
        var rules = rules(programme);
        return new RunView.ProfileView(programmeId, programme.name(), rules.settings(), rules.minimumLanguageLevel(),
                rules.forbidSameEmployer(), profiles.findByProgrammeId(programmeId).map(MatchingProfile::version)
                        .orElse(null));
    }

    /** Changes the profile; {@code version} is the profile's as read (null: not compared). */
    @Transactional
    public void changeProfile(long programmeId, List<CriterionSetting> settings, LanguageLevel minimumLanguageLevel,
            Long version) {
        ProgrammeRules programme = manageableProgramme(programmeId);
        Instant now = Instant.now(clock);
        var stored = profiles.findByProgrammeId(programmeId);
        Versions.require(version, stored.map(MatchingProfile::version).orElse(-1L));
        stored.ifPresentOrElse(
                p -> p.change(settings, minimumLanguageLevel, now),
                () -> {
                    var profile = new MatchingProfile(programmeId, ScoringRules.defaults(programme.kind()), now);
                    profile.change(settings, minimumLanguageLevel, now);
                    profiles.save(profile);
                });
    }

    private ScoringRules rules(ProgrammeRules programme) {
        boolean forbid = ScoringRules.forbidsSameEmployer(programme.kind());
        return profiles.findByProgrammeId(programme.programmeId()).map(p -> p.rules(forbid))
                .orElseGet(() -> ScoringRules.defaults(programme.kind()));
    }

    // --- runs

    /** Matches a cohort's pool of people ready to match: a new run. */
    @Transactional
    public long run(long cohortId) {
        CohortView cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        ProgrammeRules programme = manageableProgramme(cohort.programmeId());
        return newRun(cohort, rules(programme), null, List.of());
    }

    /** Matches the cohort again, keeping the locks and exclusions of a run: a new run. */
    @Transactional
    public long rerun(long runId) {
        var previous = manageable(runId);
        CohortView cohort = catalogue.cohort(previous.cohortId()).orElseThrow();
        ProgrammeRules programme = catalogue.rules(previous.programmeId()).orElseThrow();
        return newRun(cohort, rules(programme), previous.id(),
                previous.decisions().stream().map(MatchingRun.Decision::copy).toList());
    }

    private long newRun(CohortView cohort, ScoringRules rules, Long previousRunId,
            List<MatchingRun.Decision> decisions) {
        var pool = participants.readyToMatch(cohort.id());
        var mentors = withFreePlaces(pool.stream().filter(c -> c.role() == ParticipantRole.MENTOR).toList(),
                participants.mentorsWithRoomForMore(cohort.id()));
        var mentees = pool.stream().filter(c -> c.role() == ParticipantRole.MENTEE).toList();
        Instant now = Instant.now(clock);
        var run = new MatchingRun(cohort.programmeId(), cohort.id(), previousRunId, accounts.requireCurrent().email(),
                json.writeValueAsString(rules), mentors.stream().map(MatchCandidate::enrolmentId).toList(),
                mentees.stream().map(MatchCandidate::enrolmentId).toList(), decisions, now);
        var overrides = new HashMap<PairKey, String>();
        decisions.stream().filter(d -> d.kind() == DecisionKind.LOCK && d.reason() != null)
                .forEach(d -> overrides.put(d.key(), d.reason()));
        var scoring = new Scoring(rules, LocalDate.now(clock), declined(cohort.id()), run.keys(DecisionKind.EXCLUDE));
        var result = matcher.match(scoring, mentors, mentees, run.keys(DecisionKind.LOCK));
        var pairs = result.proposals().stream().map(p -> new MatchingRun.Pair(p.mentorId(), p.menteeId(), p.score(),
                p.origin(), json.writeValueAsString(p.reasons()), json.writeValueAsString(p.alternatives()),
                overrides.get(new PairKey(p.mentorId(), p.menteeId())))).toList();
        run.recordResult(pairs, json.writeValueAsString(result.unmatched()));
        return runs.save(run).id();
    }

    /** Pairs someone declined in this cohort: always hard, never proposed again. */
    private Set<PairKey> declined(long cohortId) {
        return duos.declinedPairs(cohortId).stream()
                .map(p -> new PairKey(p.mentorEnrolmentId(), p.menteeEnrolmentId())).collect(Collectors.toSet());
    }

    @Transactional
    public void lock(long runId, long mentorId, long menteeId) {
        manageable(runId).lock(new PairKey(mentorId, menteeId), Instant.now(clock));
    }

    @Transactional
    public void exclude(long runId, long mentorId, long menteeId) {
        manageable(runId).exclude(new PairKey(mentorId, menteeId), Instant.now(clock));
    }

    /**
     * Adds the coordinator's own pair, checked against the run's hard rules; a pair that breaks one is refused with
     * the rules it breaks unless the coordinator gives a reason to override them.
     */
    @Transactional
    public void addManualPair(long runId, long mentorId, long menteeId, String overrideReason) {
        var run = manageable(runId);
        var people = byId(participants.matchCandidates(List.of(mentorId, menteeId)));
        MatchCandidate mentor = people.get(mentorId);
        MatchCandidate mentee = people.get(menteeId);
        if (mentor == null || mentee == null || mentor.role() != ParticipantRole.MENTOR
                || mentee.role() != ParticipantRole.MENTEE) {
            throw new org.tandem.shared.DomainException("matching.pair.notInPool");
        }
        var scoring = new Scoring(snapshot(run), LocalDate.now(clock), declined(run.cohortId()),
                run.keys(DecisionKind.EXCLUDE));
        PairScore score = scoring.score(mentor, mentee);
        run.addManual(new PairKey(mentorId, menteeId), mentor.capacity(), score.score(),
                json.writeValueAsString(score.reasons()), score.violations(), overrideReason, Instant.now(clock));
    }

    /**
     * Swaps the partners of two proposed pairs: mentor A–mentee X and mentor B–mentee Y become A–Y and B–X. Both new
     * pairs are checked against the run's hard rules as a manual pair is; a swap that breaks one is refused with the
     * rules it breaks unless the coordinator gives a reason to override them. The new pairs are locked for re-runs.
     */
    @Transactional
    public void swap(long runId, long menteeId, long otherMenteeId, String overrideReason) {
        var run = manageable(runId);
        var first = run.acceptedPairOf(menteeId);
        var second = run.acceptedPairOf(otherMenteeId);
        var people = byId(participants.matchCandidates(
                List.of(first.mentorId(), first.menteeId(), second.mentorId(), second.menteeId())));
        if (Stream.of(first.mentorId(), first.menteeId(), second.mentorId(), second.menteeId())
                .anyMatch(id -> !people.containsKey(id))) {
            throw new org.tandem.shared.DomainException("matching.pair.notInPool");
        }
        var scoring = new Scoring(snapshot(run), LocalDate.now(clock), declined(run.cohortId()),
                run.keys(DecisionKind.EXCLUDE));
        run.swap(menteeId, otherMenteeId,
                swapPair(scoring, people.get(first.mentorId()), people.get(second.menteeId())),
                swapPair(scoring, people.get(second.mentorId()), people.get(first.menteeId())),
                overrideReason, Instant.now(clock));
    }

    private MatchingRun.SwapPair swapPair(Scoring scoring, MatchCandidate mentor, MatchCandidate mentee) {
        PairScore score = scoring.score(mentor, mentee);
        return new MatchingRun.SwapPair(new PairKey(mentor.enrolmentId(), mentee.enrolmentId()), score.score(),
                json.writeValueAsString(score.reasons()), score.violations());
    }

    /**
     * Turns the run's accepted pairs into proposed duos (the duo module then moves the enrolments to matched and
     * tells both members). Publishing a run again creates nothing; a run whose pool changed since it was made is
     * refused until it is run again.
     */
    @Transactional
    public int publish(long runId) {
        var run = manageable(runId);
        if (!run.publish(Instant.now(clock))) {
            return 0;
        }
        int created = 0;
        for (var pair : run.accepted()) {
            // A call, not an event: publishing is one user action that either proposes every accepted pair or,
            // when one of them can no longer be proposed (a mentor's places taken meanwhile), none at all.
            duos.propose(new DuoProposal(pair.mentorId(), pair.menteeId(), run.cohortId(), run.programmeId(), run.id()));
            created++;
        }
        return created;
    }

    /** Ready mentors, and matched mentors with a place left, each with the places still free. */
    private List<MatchCandidate> withFreePlaces(List<MatchCandidate> ready, List<MatchCandidate> matched) {
        var all = Stream.concat(ready.stream(), matched.stream()).toList();
        var open = duos.openDuoCounts(all.stream().map(MatchCandidate::enrolmentId).toList());
        return all.stream()
                .map(c -> new MatchCandidate(c.enrolmentId(), c.programmeId(), c.cohortId(), c.role(), c.firstName(),
                        c.lastName(), c.status(), c.siteId(), c.employerId(),
                        c.capacity() - open.getOrDefault(c.enrolmentId(), 0), c.birthYear(), c.appliedAt(),
                        c.profile()))
                .filter(c -> c.capacity() > 0).toList();
    }

    // --- reads

    public List<Summary> runs(long cohortId) {
        CohortView cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        manageableProgramme(cohort.programmeId());
        return runs.findByCohortIdOrderByIdDesc(cohortId).stream().map(MatchingService::summary).toList();
    }

    public RunView view(long runId) {
        var run = manageable(runId);
        var people = byId(participants.matchCandidates(
                Stream.concat(run.mentorIds().stream(), run.menteeIds().stream()).toList()));
        var sites = sites(run.programmeId());
        var locked = run.keys(DecisionKind.LOCK);
        var excluded = run.keys(DecisionKind.EXCLUDE);
        var pairs = run.pairs().stream().map(p -> new PairView(card(people, sites, p.mentorId()),
                card(people, sites, p.menteeId()), p.score(), p.origin(), json.readValue(p.breakdown(), REASONS),
                json.readValue(p.alternatives(), ALTERNATIVES).stream()
                        .map(a -> new AlternativeView(a.mentorId(), name(people, a.mentorId()), a.score())).toList(),
                locked.contains(p.key()), excluded.contains(p.key()), p.overrideReason())).toList();
        var unmatched = json.readValue(run.unmatched(), UNMATCHED).stream()
                .map(u -> new UnmatchedView(card(people, sites, u.menteeId()), u.ruledOut(), u.relaxations()))
                .toList();
        var cohort = catalogue.cohort(run.cohortId()).orElseThrow();
        return new RunView(summary(run), cohort.name(), pairs, unmatched,
                run.mentorIds().stream().map(id -> card(people, sites, id)).toList(),
                run.menteeIds().stream().map(id -> card(people, sites, id)).toList(),
                runs.findByCohortIdOrderByIdDesc(run.cohortId()).stream().filter(r -> !r.id().equals(run.id()))
                        .map(MatchingService::summary).toList(),
                snapshot(run));
    }

    /** What changed from one run to another: pairs added and removed, with both runs' totals. */
    public RunView.Comparison compare(long firstRunId, long secondRunId) {
        var first = manageable(firstRunId);
        var second = manageable(secondRunId);
        if (first.cohortId() != second.cohortId()) {
            throw new NotFoundException("run", secondRunId);
        }
        var people = byId(participants.matchCandidates(Stream.of(first, second)
                .flatMap(r -> Stream.concat(r.mentorIds().stream(), r.menteeIds().stream())).distinct().toList()));
        var before = first.accepted().stream().map(MatchingRun.Pair::key).toList();
        var after = second.accepted().stream().map(MatchingRun.Pair::key).toList();
        return new RunView.Comparison(summary(first), summary(second),
                second.accepted().stream().filter(p -> !before.contains(p.key())).map(p -> ref(people, p)).toList(),
                first.accepted().stream().filter(p -> !after.contains(p.key())).map(p -> ref(people, p)).toList());
    }

    /** For somebody who joins late: the best allowed partners in the cohort's pool, without re-running it. */
    public RunView.Suggestions suggestions(long enrolmentId) {
        var person = participants.matchCandidates(List.of(enrolmentId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
        ProgrammeRules programme = manageableProgramme(person.programmeId());
        var pool = participants.readyToMatch(person.cohortId()).stream()
                .filter(c -> c.enrolmentId() != enrolmentId).toList();
        var scoring = new Scoring(rules(programme), LocalDate.now(clock), declined(person.cohortId()), Set.of());
        var people = byId(pool);
        var sites = sites(person.programmeId());
        var top = matcher.suggestions(scoring, person, pool, SUGGESTIONS).stream().map(p -> {
            long partner = person.role() == ParticipantRole.MENTOR ? p.menteeId() : p.mentorId();
            return new RunView.Suggestion(card(people, sites, partner), p.score(), p.reasons());
        }).toList();
        return new RunView.Suggestions(Card.of(person, sites.get(person.siteId())), top);
    }

    // --- helpers

    private MatchingRun manageable(long runId) {
        var run = runs.findById(runId).orElseThrow(() -> new NotFoundException("run", runId));
        if (!accounts.requireCurrent().mayManageProgramme(run.programmeId())) {
            throw new NotFoundException("run", runId);
        }
        return run;
    }

    private ProgrammeRules manageableProgramme(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
        return catalogue.rules(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
    }

    private ScoringRules snapshot(MatchingRun run) {
        return json.readValue(run.profileSnapshot(), ScoringRules.class);
    }

    private static Summary summary(MatchingRun run) {
        var accepted = run.accepted();
        return new Summary(run.id(), run.programmeId(), run.cohortId(), run.previousRunId(), run.createdAt(),
                run.createdBy(), accepted.size(), accepted.stream().mapToLong(MatchingRun.Pair::score).sum(),
                run.menteeIds().size() - accepted.size(), run.keys(DecisionKind.LOCK).size(),
                run.keys(DecisionKind.EXCLUDE).size(), run.publishedAt(), run.outdatedAt());
    }

    private Map<Long, String> sites(long programmeId) {
        var sites = new HashMap<Long, String>();
        for (SiteView s : catalogue.sites(programmeId)) {
            sites.put(s.id(), s.city());
        }
        return sites;
    }

    private static Map<Long, MatchCandidate> byId(List<MatchCandidate> candidates) {
        var map = new HashMap<Long, MatchCandidate>();
        candidates.forEach(c -> map.put(c.enrolmentId(), c));
        return map;
    }

    private static Card card(Map<Long, MatchCandidate> people, Map<Long, String> sites, long id) {
        var c = people.get(id);
        return c == null ? new Card(id, "#" + id, null, 0, Map.of(), Set.of(), Set.of(), null, Set.of(), null, null,
                null) : Card.of(c, c.siteId() == null ? null : sites.get(c.siteId()));
    }

    private static String name(Map<Long, MatchCandidate> people, long id) {
        var c = people.get(id);
        return c == null ? "#" + id : c.name();
    }

    private static PairRef ref(Map<Long, MatchCandidate> people, MatchingRun.Pair p) {
        return new PairRef(p.mentorId(), name(people, p.mentorId()), p.menteeId(), name(people, p.menteeId()),
                p.score());
    }
}
