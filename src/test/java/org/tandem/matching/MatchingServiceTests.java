package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoProposal;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoView;
import org.tandem.participant.Availability;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MatchCandidate;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.Profile;
import org.tandem.participant.Sector;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DomainException;
import org.tandem.shared.Language;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class MatchingServiceTests {

    @Autowired
    org.tandem.notification.OutboxService outbox;

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture programmes;

    @Autowired
    MatchingFixture people;

    @Autowired
    MatchingService matching;

    @Autowired
    DuoService duos;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private <T> T as(Supplier<T> work) {
        return accounts.callAs(TestUsers.COORDINATOR, work);
    }

    private void as(Runnable work) {
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            work.run();
            return null;
        });
    }

    static Profile profile(Random random) {
        return new Profile(Map.of(Language.NL, LanguageLevel.values()[random.nextInt(7)]),
                Set.of(Sector.values()[random.nextInt(4)]), null, new Availability(random.nextInt(1 << 21)),
                MeetingMode.values()[random.nextInt(3)], Set.of(), DigitalSkills.GOOD, 10, null, null, null, null);
    }

    static Profile dutch() {
        return new Profile(Map.of(Language.NL, LanguageLevel.NATIVE), Set.of(Sector.ICT), null,
                Availability.of(Set.of("MON_MORNING")), MeetingMode.BOTH, Set.of(), DigitalSkills.GOOD, 10, null, null,
                null, null);
    }

    record Pool(ParticipantFixture.Setup setup, List<Long> mentors, List<Long> mentees) {
    }

    private Pool pool(int mentors, int mentees) {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var m = new ArrayList<Long>();
        var e = new ArrayList<Long>();
        for (int i = 0; i < mentors; i++) {
            m.add(people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1, setup.siteId(),
                    dutch()));
        }
        for (int i = 0; i < mentees; i++) {
            e.add(people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(),
                    dutch()));
        }
        return new Pool(setup, m, e);
    }

    @Test
    void aMentorWithTwoPlacesStaysInThePoolAfterTheFirstDuoAndLeavesItAfterTheSecond() {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 2, setup.siteId(),
                dutch());
        for (int duo = 1; duo <= 2; duo++) {
            long mentee = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1,
                    setup.siteId(), dutch());
            long run = as(() -> matching.run(setup.cohortId()));
            assertThat(as(() -> matching.view(run)).pairs()).as("duo " + duo).singleElement().satisfies(p -> {
                assertThat(p.mentor().enrolmentId()).isEqualTo(mentor);
                assertThat(p.mentee().enrolmentId()).isEqualTo(mentee);
            });
            as(() -> matching.publish(run));
        }
        people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(), dutch());
        long full = as(() -> matching.run(setup.cohortId()));
        assertThat(as(() -> matching.view(full)).pairs()).as("no place left").isEmpty();
        assertThat(as(() -> duos.inCohort(setup.cohortId()))).filteredOn(d -> d.mentorEnrolmentId() == mentor).hasSize(2);
    }

    @Test
    void locksAreKeptAndExclusionsRespectedOnReRunAndPublishingIsIdempotent() {
        var pool = pool(3, 3);
        long first = as(() -> matching.run(pool.setup().cohortId()));
        var view = as(() -> matching.view(first));
        assertThat(view.pairs()).hasSize(3);
        var keep = view.pairs().get(0);
        var drop = view.pairs().get(1);
        as(() -> matching.lock(first, keep.mentor().enrolmentId(), keep.mentee().enrolmentId()));
        as(() -> matching.exclude(first, drop.mentor().enrolmentId(), drop.mentee().enrolmentId()));

        long second = as(() -> matching.rerun(first));
        var rerun = as(() -> matching.view(second));
        assertThat(rerun.summary().previousRunId()).isEqualTo(first);
        assertThat(rerun.summary().locks()).isEqualTo(1);
        assertThat(rerun.summary().exclusions()).isEqualTo(1);
        assertThat(rerun.pairs()).anyMatch(p -> p.mentor().enrolmentId() == keep.mentor().enrolmentId()
                && p.mentee().enrolmentId() == keep.mentee().enrolmentId() && p.origin() == Matcher.Origin.LOCKED);
        assertThat(rerun.pairs()).noneMatch(p -> p.mentor().enrolmentId() == drop.mentor().enrolmentId()
                && p.mentee().enrolmentId() == drop.mentee().enrolmentId());
        assertThat(as(() -> matching.runs(pool.setup().cohortId()))).extracting(RunView.Summary::id)
                .containsExactly(second, first);
        var comparison = as(() -> matching.compare(first, second));
        // the excluded pair left the first run's accepted pairs already; the locked one stays in both
        assertThat(comparison.first().matched()).isEqualTo(2);
        assertThat(comparison.second().matched()).isEqualTo(rerun.summary().matched());
        assertThat(comparison.added()).noneMatch(p -> p.menteeId() == keep.mentee().enrolmentId());
        assertThat(comparison.removed()).noneMatch(p -> p.menteeId() == keep.mentee().enrolmentId());
        assertThat(comparison.added().size() - comparison.removed().size())
                .isEqualTo(comparison.second().matched() - comparison.first().matched());

        int created = as(() -> matching.publish(second));
        assertThat(created).isEqualTo(rerun.summary().matched());
        assertThat(as(() -> matching.publish(second))).isZero();
        var notices = accounts.callAs(TestUsers.ADMIN, outbox::list).stream()
                .filter(m -> "duo-proposed".equals(m.kind()) && m.programmeId() == pool.setup().programmeId()).toList();
        assertThat(notices).as("one mail to each side of each published duo, not repeated").hasSize(2 * created);
        List<DuoView> open = as(() -> duos.inCohort(pool.setup().cohortId()));
        assertThat(open).hasSize(created).allMatch(d -> d.matchingRunId() == second);
        var statuses = as(() -> queries.matchCandidates(open.stream()
                .flatMap(d -> java.util.stream.Stream.of(d.mentorEnrolmentId(), d.menteeEnrolmentId())).toList()));
        assertThat(statuses).allMatch(c -> c.status() == EnrolmentStatus.MATCHED);
        assertThatThrownBy(() -> as(() -> matching.lock(second, keep.mentor().enrolmentId(),
                keep.mentee().enrolmentId()))).isInstanceOf(DomainException.class).hasMessage("matching.run.closed");
    }

    @Test
    void publishedPairsNeverBreakAHardRuleNorAMentorsCapacity() {
        var random = new Random(7);
        for (int round = 0; round < 3; round++) {
            var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
            long otherSite = as(() -> 0L);
            for (int i = 0; i < 4 + random.nextInt(3); i++) {
                people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1 + random.nextInt(2),
                        random.nextInt(3) == 0 ? null : setup.siteId(), profile(random));
            }
            for (int i = 0; i < 5 + random.nextInt(4); i++) {
                people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1,
                        random.nextInt(4) == 0 ? null : setup.siteId(), profile(random));
            }
            var pool = as(() -> queries.readyToMatch(setup.cohortId()));
            long run = as(() -> matching.run(setup.cohortId()));
            as(() -> matching.publish(run));
            var rules = ScoringRules.defaults(ProgrammeKind.INTERGENERATIONAL);
            var scoring = new Scoring(rules, LocalDate.now(), Set.of(), Set.of());
            var byId = new HashMap<Long, MatchCandidate>();
            pool.forEach(c -> byId.put(c.enrolmentId(), c));
            var load = new HashMap<Long, Integer>();
            for (DuoView duo : as(() -> duos.inCohort(setup.cohortId()))) {
                var mentor = byId.get(duo.mentorEnrolmentId());
                assertThat(scoring.score(mentor, byId.get(duo.menteeEnrolmentId())).violations()).isEmpty();
                assertThat(load.merge(mentor.enrolmentId(), 1, Integer::sum)).isLessThanOrEqualTo(mentor.capacity());
            }
            assertThat(otherSite).isZero();
        }
    }

    @Test
    void aManualPairBreakingAHardRuleNeedsAReasonWhichIsKept() {
        var pool = pool(1, 2);
        long run = as(() -> matching.run(pool.setup().cohortId()));
        var view = as(() -> matching.view(run));
        assertThat(view.pairs()).hasSize(1);
        assertThat(view.unmatched()).hasSize(1);
        long mentee = view.unmatched().get(0).mentee().enrolmentId();
        long mentor = pool.mentors().get(0);
        // the only mentor is full
        assertThatThrownBy(() -> as(() -> matching.addManualPair(run, mentor, mentee, null)))
                .hasMessage("matching.manual.mentorFull");
        var matched = view.pairs().get(0);
        as(() -> matching.exclude(run, matched.mentor().enrolmentId(), matched.mentee().enrolmentId()));
        // the excluded pair breaks a rule now: only with a reason
        assertThatThrownBy(() -> as(() -> matching.addManualPair(run, mentor, matched.mentee().enrolmentId(), " ")))
                .hasMessage("matching.manual.overrideRequired");
        as(() -> matching.addManualPair(run, mentor, mentee, null));
        var after = as(() -> matching.view(run));
        assertThat(after.pairs()).anyMatch(p -> p.mentee().enrolmentId() == mentee && p.origin() == Matcher.Origin.MANUAL
                && p.locked() && p.overrideReason() == null);
    }

    static Profile speaking(Language language) {
        return new Profile(Map.of(language, LanguageLevel.NATIVE), Set.of(Sector.ICT), null,
                Availability.of(Set.of("MON_MORNING")), MeetingMode.BOTH, Set.of(), DigitalSkills.GOOD, 10, null, null,
                null, null);
    }

    /** Two pairs of the run, Dutch speakers A–X and French speakers B–Y: a swap breaks SHARED_LANGUAGE twice. */
    record TwoLanguages(ParticipantFixture.Setup setup, long run, long a, long x, long b, long y) {
    }

    private TwoLanguages twoLanguages() {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long a = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1, setup.siteId(),
                speaking(Language.NL));
        long b = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTOR, 1, setup.siteId(),
                speaking(Language.FR));
        long x = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(),
                speaking(Language.NL));
        long y = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, setup.siteId(),
                speaking(Language.FR));
        long run = as(() -> matching.run(setup.cohortId()));
        assertThat(pairsOf(run)).containsExactlyInAnyOrder(new PairKey(a, x), new PairKey(b, y));
        return new TwoLanguages(setup, run, a, x, b, y);
    }

    private List<PairKey> pairsOf(long run) {
        return as(() -> matching.view(run)).pairs().stream()
                .map(p -> new PairKey(p.mentor().enrolmentId(), p.mentee().enrolmentId())).toList();
    }

    @Test
    void swappingPartnersLocksBothNewPairsWithTheRunsScoresAndARerunKeepsThem() {
        var pool = pool(3, 3);
        long run = as(() -> matching.run(pool.setup().cohortId()));
        var before = as(() -> matching.view(run));
        var first = before.pairs().get(0);
        var second = before.pairs().get(1);
        var untouched = before.pairs().get(2);
        long a = first.mentor().enrolmentId();
        long x = first.mentee().enrolmentId();
        long b = second.mentor().enrolmentId();
        long y = second.mentee().enrolmentId();

        as(() -> matching.swap(run, x, y, null));

        var after = as(() -> matching.view(run));
        assertThat(pairsOf(run)).containsExactlyInAnyOrder(new PairKey(a, y), new PairKey(b, x),
                new PairKey(untouched.mentor().enrolmentId(), untouched.mentee().enrolmentId()));
        var candidates = new HashMap<Long, MatchCandidate>();
        as(() -> queries.matchCandidates(List.of(a, b, x, y))).forEach(c -> candidates.put(c.enrolmentId(), c));
        var scoring = new Scoring(ScoringRules.defaults(ProgrammeKind.INTERGENERATIONAL), LocalDate.now(), Set.of(),
                Set.of());
        for (var key : List.of(new PairKey(a, y), new PairKey(b, x))) {
            var expected = scoring.score(candidates.get(key.mentorId()), candidates.get(key.menteeId()));
            assertThat(after.pairs()).filteredOn(p -> p.mentor().enrolmentId() == key.mentorId()
                    && p.mentee().enrolmentId() == key.menteeId()).singleElement().satisfies(p -> {
                        assertThat(p.locked()).isTrue();
                        assertThat(p.origin()).isEqualTo(Matcher.Origin.MANUAL);
                        assertThat(p.score()).isEqualTo(expected.score());
                        assertThat(p.reasons()).isEqualTo(expected.reasons());
                        assertThat(p.overrideReason()).isNull();
                    });
        }
        assertThat(after.summary().locks()).isEqualTo(2);
        assertThat(after.summary().matched()).isEqualTo(3);
        assertThat(after.summary().totalScore()).isEqualTo(after.pairs().stream().mapToLong(p -> p.score()).sum());

        long second2 = as(() -> matching.rerun(run));
        var rerun = as(() -> matching.view(second2));
        assertThat(rerun.pairs()).filteredOn(p -> p.locked() && p.origin() == Matcher.Origin.LOCKED)
                .extracting(p -> new PairKey(p.mentor().enrolmentId(), p.mentee().enrolmentId()))
                .containsExactlyInAnyOrder(new PairKey(a, y), new PairKey(b, x));
        assertThat(pairsOf(second2)).doesNotContain(new PairKey(a, x), new PairKey(b, y));
    }

    @Test
    void aSwapBreakingAHardRuleIsRefusedWithTheRuleAndChangesNothing() {
        var t = twoLanguages();
        var before = as(() -> matching.view(t.run()));
        assertThatThrownBy(() -> as(() -> matching.swap(t.run(), t.x(), t.y(), "  ")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("matching.swap.overrideRequired");
                    assertThat(e.arguments()).containsExactly("SHARED_LANGUAGE");
                });
        var after = as(() -> matching.view(t.run()));
        assertThat(after.pairs()).isEqualTo(before.pairs());
        assertThat(after.summary()).isEqualTo(before.summary());
        // two pairs of one mentor, or an excluded pair, cannot swap either
        assertThatThrownBy(() -> as(() -> matching.swap(t.run(), t.x(), t.x(), null)))
                .hasMessage("matching.swap.sameMentor");
        as(() -> matching.exclude(t.run(), t.b(), t.y()));
        assertThatThrownBy(() -> as(() -> matching.swap(t.run(), t.x(), t.y(), "They asked")))
                .hasMessage("matching.swap.notProposed");
        assertThat(pairsOf(t.run())).containsExactlyInAnyOrder(new PairKey(t.a(), t.x()), new PairKey(t.b(), t.y()));
    }

    @Test
    void aSwapBreakingAHardRuleGoesThroughWithAReasonWhichIsKeptAndARerunKeepsIt() {
        var t = twoLanguages();
        as(() -> matching.lock(t.run(), t.a(), t.x()));

        as(() -> matching.swap(t.run(), t.y(), t.x(), " Both asked for it "));

        var after = as(() -> matching.view(t.run()));
        assertThat(pairsOf(t.run())).containsExactlyInAnyOrder(new PairKey(t.a(), t.y()), new PairKey(t.b(), t.x()));
        assertThat(after.pairs()).allSatisfy(p -> {
            assertThat(p.locked()).isTrue();
            assertThat(p.overrideReason()).isEqualTo("Both asked for it");
            assertThat(p.reasons()).anyMatch(r -> r.criterion() == Criterion.SHARED_LANGUAGE && !r.passed());
        });
        // the old pair's lock went with it
        assertThat(after.summary().locks()).isEqualTo(2);

        long rerun = as(() -> matching.rerun(t.run()));
        var view = as(() -> matching.view(rerun));
        assertThat(pairsOf(rerun)).containsExactlyInAnyOrder(new PairKey(t.a(), t.y()), new PairKey(t.b(), t.x()));
        assertThat(view.pairs()).allMatch(p -> p.origin() == Matcher.Origin.LOCKED
                && "Both asked for it".equals(p.overrideReason()));
    }

    @Test
    void aCoordinatorOfAnotherProgrammeCannotSwapNorTellTheRunExists() {
        var t = twoLanguages();
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> {
            matching.swap(t.run(), t.x(), t.y(), "mine now");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(pairsOf(t.run())).containsExactlyInAnyOrder(new PairKey(t.a(), t.x()), new PairKey(t.b(), t.y()));
    }

    @Test
    void aMentorsCapacityHoldsForDuos() {
        var pool = pool(1, 2);
        long run = as(() -> matching.run(pool.setup().cohortId()));
        as(() -> matching.publish(run));
        long other = pool.mentees().stream().filter(id -> as(() -> duos.inCohort(pool.setup().cohortId())).stream()
                .noneMatch(d -> d.menteeEnrolmentId() == id)).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(() -> duos.propose(new DuoProposal(pool.mentors().get(0), other,
                pool.setup().cohortId(), pool.setup().programmeId(), run + 1000)))).hasMessage("duo.capacity.full");
    }

    @Test
    void unmatchedMenteesAreExplainedAndLateJoinersGetSuggestions() {
        var pool = pool(2, 1);
        var setup = pool.setup();
        long stranger = people.ready(TestUsers.COORDINATOR, setup.cohortId(), ParticipantRole.MENTEE, 1, null, dutch());
        long run = as(() -> matching.run(setup.cohortId()));
        var unmatched = as(() -> matching.view(run)).unmatched();
        assertThat(unmatched).hasSize(1);
        assertThat(unmatched.get(0).mentee().enrolmentId()).isEqualTo(stranger);
        assertThat(unmatched.get(0).ruledOut()).containsEntry("SAME_SITE", 2);
        assertThat(unmatched.get(0).relaxations()).containsExactly(Criterion.SAME_SITE);

        var suggestions = as(() -> matching.suggestions(pool.mentees().get(0)));
        assertThat(suggestions.partners()).hasSize(2);
        assertThat(suggestions.partners().get(0).reasons()).isNotEmpty();
    }

    @Test
    void profilesAreEditedByTheProgrammesCoordinatorsOnly() {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        var profile = as(() -> matching.profile(setup.programmeId()));
        assertThat(profile.forbidSameEmployer()).isTrue();
        var settings = new ArrayList<>(profile.settings());
        settings.set(Criterion.SAME_SITE.ordinal(), new CriterionSetting(Criterion.SAME_SITE, CriterionMode.WEIGHTED, 50));
        as(() -> matching.changeProfile(setup.programmeId(), settings, LanguageLevel.B2, null));
        var changed = as(() -> matching.profile(setup.programmeId()));
        assertThat(changed.settings().get(Criterion.SAME_SITE.ordinal()).weight()).isEqualTo(50);
        assertThat(changed.minimumLanguageLevel()).isEqualTo(LanguageLevel.B2);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR,
                () -> matching.profile(setup.programmeId()))).isInstanceOf(NotFoundException.class);
        var none = settings.stream().map(s -> new CriterionSetting(s.criterion(), CriterionMode.OFF, 0)).toList();
        assertThatThrownBy(() -> as(() -> matching.changeProfile(setup.programmeId(), none, null, null)))
                .hasMessage("matching.profile.noWeights");

        // a form read before someone else's change does not overwrite it
        as(() -> matching.changeProfile(setup.programmeId(), settings, LanguageLevel.C1, changed.version()));
        assertThatThrownBy(() -> as(() -> matching.changeProfile(setup.programmeId(), settings, LanguageLevel.A2,
                changed.version()))).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(as(() -> matching.profile(setup.programmeId())).minimumLanguageLevel())
                .isEqualTo(LanguageLevel.C1);
    }
}
