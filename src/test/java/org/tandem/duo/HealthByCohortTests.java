package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.ParticipantQueries;

/**
 * The at-risk list reads a cohort's facts, follow-ups and names by cohort (a join) instead of by the list of its duos'
 * ids: both ways give the same facts, and the list is what the per-id computation gives, on a cohort with duos in
 * every open state, meetings, an agreement and a follow-up, at several moments.
 */
@IntegrationTest
class HealthByCohortTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    HealthService health;

    @Autowired
    HealthFacts facts;

    @Autowired
    DuoRepository duos;

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    DuoSettingsService settings;

    @Autowired
    ParticipantQueries participants;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void factsFollowUpsAndNamesByCohortAreThoseByIds() {
        var signed = fixture.signedActive();
        var quiet = fixture.activate(fixture.confirm(fixture.anotherDuo(signed)));
        var confirmed = fixture.confirm(fixture.anotherDuo(signed));
        fixture.anotherDuo(signed);
        var other = fixture.signedActive();
        LocalDate today = LocalDate.now(clock);
        for (int days : new int[] {-3, 4, 9, 40}) {
            meeting(signed.duoId(), today.plusDays(days));
        }
        meeting(quiet.duoId(), today.plusDays(1));
        meeting(other.duoId(), today.plusDays(2));
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            health.followUp(quiet.duoId(), new FollowUpEntry(HealthSignal.NO_MEETING, FollowUpKind.CALL, "called",
                    null), day(35));
            return null;
        });

        var list = duos.findByCohortIdAndStateInOrderById(signed.cohortId(), DuoState.OPEN);
        assertThat(list).hasSize(4);
        assertThat(byDuo(facts.ofCohort(signed.cohortId(), DuoState.OPEN))).isEqualTo(byDuo(facts.of(list)))
                .containsKey(confirmed.duoId());
        assertThat(followUps.marksInCohort(signed.cohortId(), DuoState.OPEN))
                .containsExactlyInAnyOrderElementsOf(followUps.findByDuoIdIn(list.stream().map(Duo::id).toList())
                        .stream().map(FollowUp::mark).toList())
                .isNotEmpty();

        boolean someAtRisk = false;
        for (int days : new int[] {0, 10, 30, 36, 60, 120, 200}) {
            Instant now = day(days);
            var byCohort = accounts.callAs(TestUsers.COORDINATOR, () -> health.atRisk(signed.cohortId(), now));
            var byIds = perId(list, now);
            assertThat(byCohort).extracting(AtRiskDuo::duoId, AtRiskDuo::signals)
                    .containsExactlyElementsOf(byIds.stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.duoId(),
                            d.signals())).toList());
            someAtRisk |= !byCohort.isEmpty();
            // the page's first few, named by their ids only: the same duos, names and signals, and the same total
            for (int limit : new int[] {1, 2}) {
                int shown = limit;
                var first = accounts.callAs(TestUsers.COORDINATOR, () -> health.atRisk(signed.cohortId(), now, shown));
                assertThat(first.total()).isEqualTo(byCohort.size());
                assertThat(first.duos()).isEqualTo(byCohort.subList(0, Math.min(limit, byCohort.size())));
                assertThat(first.duos()).allSatisfy(d -> assertThat(d.mentorName()).isNotBlank());
            }
        }
        assertThat(someAtRisk).isTrue();

        var names = accounts.callAs(TestUsers.COORDINATOR, () -> participants.namesInCohort(signed.cohortId()));
        var ids = list.stream().flatMap(d -> Stream.of(d.mentorEnrolmentId(), d.menteeEnrolmentId())).toList();
        var candidates = accounts.callAs(TestUsers.COORDINATOR, () -> participants.matchCandidates(ids));
        assertThat(candidates).hasSize(8).allSatisfy(c -> assertThat(names).containsEntry(c.enrolmentId(), c.name()));
        assertThat(names).doesNotContainKey(other.menteeEnrolmentId());
    }

    /**
     * The signals of duos past their proposal are evaluated once a day and kept until the data changes; a proposed
     * duo's confirmation falls due at a moment: the list follows that moment, and a change within the day at once.
     */
    @Test
    void aProposedDuoFallsDueWithinTheDayAndAChangeShowsAtOnce() {
        var signed = fixture.signedActive();
        var proposed = fixture.anotherDuo(signed);
        var list = duos.findByCohortIdAndStateInOrderById(signed.cohortId(), DuoState.OPEN);
        var window = HealthThresholds.of(settings.of(signed.programmeId())).confirmationWindow();
        Instant due = duos.findById(proposed.duoId()).orElseThrow().vitals().confirmationDue(window);
        Instant justAfter = due.plusMillis(1);

        var atDue = accounts.callAs(TestUsers.COORDINATOR, () -> health.atRisk(signed.cohortId(), due));
        var after = accounts.callAs(TestUsers.COORDINATOR, () -> health.atRisk(signed.cohortId(), justAfter));

        assertThat(atDue).extracting(AtRiskDuo::duoId).doesNotContain(proposed.duoId());
        assertThat(after).filteredOn(d -> d.duoId() == proposed.duoId()).singleElement()
                .satisfies(d -> assertThat(d.signals()).extracting(DuoSignal::signal)
                        .containsExactly(HealthSignal.CONFIRMATION_OVERDUE));
        assertThat(after).isEqualTo(namedAsListed(perId(list, justAfter), after));

        // weeks later the active duo has not met: a meeting logged that day takes it off the list at once
        Instant later = justAfter.plus(java.time.Duration.ofDays(60));
        var beforeMeeting = accounts.callAs(TestUsers.COORDINATOR, () -> health.atRisk(signed.cohortId(), later));
        assertThat(beforeMeeting).extracting(AtRiskDuo::duoId).contains(signed.duoId());
        meeting(signed.duoId(), LocalDate.ofInstant(later, clock.getZone()).minusDays(1));
        var afterMeeting = accounts.callAs(TestUsers.COORDINATOR, () -> health.atRisk(signed.cohortId(), later));
        var reread = duos.findByCohortIdAndStateInOrderById(signed.cohortId(), DuoState.OPEN);
        assertThat(afterMeeting).isEqualTo(namedAsListed(perId(reread, later), afterMeeting))
                .isNotEqualTo(beforeMeeting);
    }

    private static List<AtRiskDuo> namedAsListed(List<AtRiskDuo> unnamed, List<AtRiskDuo> named) {
        var names = named.stream().collect(Collectors.toMap(AtRiskDuo::duoId, d -> d));
        return unnamed.stream().map(d -> new AtRiskDuo(d.duoId(), names.containsKey(d.duoId())
                ? names.get(d.duoId()).mentorName() : null, names.containsKey(d.duoId())
                ? names.get(d.duoId()).menteeName() : null, d.state(), d.signals())).toList();
    }

    /** The list as it was computed before: facts, follow-ups and names by the ids of the cohort's open duos. */
    private List<AtRiskDuo> perId(List<Duo> list, Instant now) {
        var thresholds = HealthThresholds.of(settings.of(list.get(0).programmeId()));
        var done = followUps.findByDuoIdIn(list.stream().map(Duo::id).toList()).stream().map(FollowUp::mark)
                .collect(Collectors.groupingBy(FollowUpMark::duoId));
        var result = new ArrayList<AtRiskDuo>();
        for (var f : facts.of(list)) {
            var signals = HealthService.visible(HealthRules.evaluate(f, thresholds, now, clock.getZone()),
                    done.getOrDefault(f.duo().id(), List.of()), LocalDate.ofInstant(now, clock.getZone()));
            if (!signals.isEmpty()) {
                result.add(new AtRiskDuo(f.duo().id(), null, null, f.duo().state(), signals));
            }
        }
        result.sort(HealthService.URGENCY);
        return result;
    }

    private static Map<Long, String> byDuo(List<DuoFacts> found) {
        var result = new TreeMap<Long, String>();
        found.forEach(f -> result.put(f.duo().id(), f.duo() + " " + f.agreement()));
        return result;
    }

    private Instant day(long daysFromToday) {
        return LocalDate.now(clock).plusDays(daysFromToday).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    private void meeting(long duoId, LocalDate on) {
        jdbc.update("""
                insert into duo_meeting (id, version, duo_id, held_on, minutes, mode, topics, tags, logged_by,
                                         logged_by_side, logged_at)
                values (?, 0, ?, ?, 60, 'IN_PERSON', '', '', 'test', 'MENTOR', ?)""",
                ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L), duoId, on,
                java.sql.Timestamp.from(Instant.now()));
        MeetingTallies.recount(jdbc);
    }
}
