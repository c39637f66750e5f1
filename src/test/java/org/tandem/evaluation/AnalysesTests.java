package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.NotFoundException;

/**
 * Analyses on responses in the database: pairing by respondent key, scale scores with reverse-coding and the
 * minimum of answered items, groups under five suppressed, anonymous waves unpaired, and who may see what.
 */
@IntegrationTest
class AnalysesTests {

    @Autowired
    EvaluationFixture fixture;

    @Autowired
    Analyses analyses;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    TestUsers users;

    EvaluationFixture.World world;
    long baseline;
    long end;
    Map<String, Map<String, Integer>> before = new HashMap<>();
    Map<String, Map<String, Integer>> after = new HashMap<>();

    @BeforeEach
    void responses() {
        users.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
        baseline = fixture.wave(world, "Baseline", WaveKind.BASELINE, WavePurpose.RESEARCH, false);
        end = fixture.wave(world, "End", WaveKind.END, WavePurpose.RESEARCH, false);
        Random random = new Random(7);
        // 12 people in Rotterdam and 3 in Gent answer both; one only the baseline, one only the end
        for (int i = 0; i < 15; i++) {
            String key = "key-" + i;
            long site = i < 12 ? world.rotterdam() : world.gent();
            before.put(key, EvaluationFixture.answers(random, false));
            after.put(key, EvaluationFixture.answers(random, true));
            fixture.respond(baseline, key, site, before.get(key));
            fixture.respond(end, key, site, after.get(key));
        }
        before.put("only-before", EvaluationFixture.answers(random, false));
        fixture.respond(baseline, "only-before", world.rotterdam(), before.get("only-before"));
        after.put("only-after", EvaluationFixture.answers(random, true));
        fixture.respond(end, "only-after", world.rotterdam(), after.get("only-after"));
    }

    /** The scale score as the method states it, written out independently of the code under test. */
    static Double score(Map<String, Integer> items, List<String> keys, List<String> reversed, int minAnswered) {
        double sum = 0;
        int answered = 0;
        for (String key : keys) {
            Integer value = items.get(key);
            if (value != null) {
                sum += reversed.contains(key) ? 6 - value : value;
                answered++;
            }
        }
        return answered >= minAnswered ? sum / answered : null;
    }

    @Test
    void theComparisonPairsByRespondentKeyAndCountsThoseWhoAnsweredOneWaveAsMissing() {
        var comparison = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.compare(baseline, end));

        assertThat(comparison.pairable()).isTrue();
        assertThat(comparison.beforeResponses()).isEqualTo(16);
        assertThat(comparison.afterResponses()).isEqualTo(16);
        var confidence = comparison.scales().get(0);
        assertThat(confidence.key()).isEqualTo("confidence");
        assertThat(confidence.points()).isEqualTo(5);
        assertThat(confidence.figures().n()).isEqualTo(15);
        assertThat(confidence.figures().missing()).isEqualTo(2);

        List<Double> changes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String key = "key-" + i;
            var keys = List.of("c1", "c2", "c3");
            changes.add(score(after.get(key), keys, List.of("c3"), 2) - score(before.get(key), keys, List.of("c3"), 2));
        }
        double expectedChange = changes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(confidence.figures().meanChange()).isCloseTo(expectedChange, within(1e-12));
        assertThat(confidence.figures().meanChange()).as("the data rise by about one point").isGreaterThan(0.5);
        assertThat(confidence.figures().pT()).isLessThan(0.001);

        var skills = comparison.scales().get(1);
        assertThat(skills.figures().n()).as("s2 left open sometimes; one item is below the minimum of two")
                .isLessThan(15);
        assertThat(confidence.pTHolm()).as("Holm over two scales: at least the raw p, at most twice it")
                .isBetween(confidence.figures().pT(), 2 * confidence.figures().pT());
    }

    @Test
    void aGroupOfFewerThanFiveShowsNoFiguresInTheComparisonAndTheWave() {
        var comparison = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.compare(baseline, end));
        var gent = comparison.groups().stream().filter(g -> g.name().equals("Gent")).findFirst().orElseThrow();
        var rotterdam = comparison.groups().stream().filter(g -> g.name().equals("Rotterdam")).findFirst()
                .orElseThrow();
        assertThat(gent.pairs()).isEqualTo(3);
        assertThat(gent.suppressed()).isTrue();
        assertThat(gent.scales()).isEmpty();
        assertThat(rotterdam.pairs()).isEqualTo(12);
        assertThat(rotterdam.suppressed()).isFalse();
        assertThat(rotterdam.scales()).hasSize(2);

        var wave = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(baseline));
        assertThat(wave.responses()).isEqualTo(16);
        assertThat(wave.groups()).filteredOn(g -> g.name().equals("Gent")).singleElement()
                .satisfies(g -> assertThat(g.suppressed()).isTrue())
                .satisfies(g -> assertThat(g.scales()).isEmpty());
    }

    @Test
    void theWaveFiguresAreTheMeanSdAndAlphaOfTheScores() {
        var wave = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(baseline));
        var confidence = wave.scales().get(0);
        var keys = List.of("c1", "c2", "c3");
        double[] scores = before.values().stream().mapToDouble(items -> score(items, keys, List.of("c3"), 2))
                .toArray();
        double mean = java.util.Arrays.stream(scores).average().orElseThrow();
        assertThat(confidence.n()).isEqualTo(16);
        assertThat(confidence.mean()).isCloseTo(mean, within(1e-12));
        double[][] rows = before.values().stream()
                .map(items -> new double[] {items.get("c1"), items.get("c2"), 6 - items.get("c3")})
                .toArray(double[][]::new);
        assertThat(confidence.alpha()).isCloseTo(Reliability.cronbach(rows).alpha(), within(1e-12));
        assertThat(confidence.alphaN()).isEqualTo(16);
    }

    @Test
    void anAnonymousWaveCannotBePaired() {
        long anonymous = fixture.wave(world, "Anonymous end", WaveKind.END, WavePurpose.RESEARCH, true);
        fixture.respond(anonymous, "random-1", world.rotterdam(), after.get("key-0"));
        var comparison = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.compare(baseline, anonymous));
        assertThat(comparison.pairable()).isFalse();
        assertThat(comparison.scales()).isEmpty();
        assertThatThrownBy(() -> accounts.callAs(TestUsers.COORDINATOR, () -> analyses.compare(end, end)))
                .isInstanceOf(org.tandem.shared.DomainException.class);
    }

    @Test
    void aResearcherSeesTheResearchWavesOfTheirProgrammesOnlyAndNothingElse() {
        long feedback = fixture.wave(world, "Feedback", WaveKind.CUSTOM, WavePurpose.FEEDBACK, false);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.RESEARCHER, () -> analyses.wave(baseline)))
                .as("not assigned yet").isInstanceOf(NotFoundException.class);

        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(world.programmeId(), users.id(TestUsers.RESEARCHER));
            return null;
        });
        assertThat(accounts.callAs(TestUsers.RESEARCHER, () -> analyses.waves(world.programmeId())))
                .extracting(AnalysisViews.WaveRef::name).containsExactly("Baseline", "End");
        assertThat(accounts.callAs(TestUsers.RESEARCHER, () -> analyses.compare(baseline, end)).scales())
                .hasSize(2);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.RESEARCHER, () -> analyses.wave(feedback)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> analyses.waves(world.programmeId())))
                .extracting(AnalysisViews.WaveRef::name).containsExactly("Baseline", "End", "Feedback");
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> analyses.wave(baseline)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> programmes.coordinators(world.programmeId())))
                .as("a researcher is not one of the programme's coordinators (who get its mails)")
                .noneMatch(user -> user.email().equals(TestUsers.RESEARCHER));
    }
}
