package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/**
 * The before/after of a chosen set of people (the employer's consenting employees): only their answers count, fewer
 * than five pairs show no figures, and a programme without an opened baseline and later wave has none.
 */
@IntegrationTest
class AnalysesForRespondentsTests {

    @Autowired
    EvaluationFixture fixture;

    @Autowired
    Analyses analyses;

    @Autowired
    SurveyWaveRepository waves;

    @Autowired
    RespondentLinkRepository links;

    @Autowired
    TestUsers users;

    EvaluationFixture.World world;
    long baseline;
    long end;

    @BeforeEach
    void responses() {
        users.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
        baseline = fixture.wave(world, "Baseline", WaveKind.BASELINE, WavePurpose.RESEARCH, false);
        end = fixture.wave(world, "End", WaveKind.END, WavePurpose.RESEARCH, false);
        // enrolments 1..6 rise by one point on confidence; enrolment 7 (not asked about) drops by four
        for (long enrolment = 1; enrolment <= 7; enrolment++) {
            String key = links.save(new RespondentLink(world.programmeId(), RespondentLink.enrolment(enrolment)))
                    .respondentKey();
            boolean outsider = enrolment == 7;
            fixture.respond(baseline, key, world.rotterdam(), items(outsider ? 5 : 2));
            fixture.respond(end, key, world.rotterdam(), items(outsider ? 1 : 3));
        }
    }

    private static Map<String, Integer> items(int confidence) {
        return Map.of("c1", confidence, "c2", confidence, "c3", 6 - confidence, "s1", 3, "s2", 3);
    }

    private void open(long... ids) {
        for (long id : ids) {
            var wave = waves.findById(id).orElseThrow();
            wave.open();
            waves.save(wave);
        }
    }

    @Test
    void onlyTheChosenPeoplesAnswersCount() {
        open(baseline, end);
        var comparison = analyses.compareFor(world.programmeId(), WaveRole.MENTOR, List.of(1L, 2L, 3L, 4L, 5L, 6L))
                .orElseThrow();
        assertThat(comparison.before().id()).isEqualTo(baseline);
        assertThat(comparison.after().id()).isEqualTo(end);
        assertThat(comparison.pairs()).isEqualTo(6);
        assertThat(comparison.suppressed()).isFalse();
        var confidence = comparison.scales().stream().filter(s -> s.key().equals("confidence")).findFirst()
                .orElseThrow();
        assertThat(confidence.figures().meanChange()).isEqualTo(1.0);
    }

    @Test
    void fewerThanFivePairsShowNoFigures() {
        open(baseline, end);
        var comparison = analyses.compareFor(world.programmeId(), WaveRole.MENTOR, List.of(1L, 2L, 3L, 4L, 99L))
                .orElseThrow();
        assertThat(comparison.pairs()).isEqualTo(4);
        assertThat(comparison.suppressed()).isTrue();
        assertThat(comparison.scales()).isEmpty();
    }

    @Test
    void wavesNotYetOpenedOrOfAnotherRoleGiveNothing() {
        assertThat(analyses.compareFor(world.programmeId(), WaveRole.MENTOR, List.of(1L, 2L, 3L, 4L, 5L)))
                .isEmpty();
        open(baseline, end);
        assertThat(analyses.compareFor(world.programmeId(), WaveRole.MENTEE, List.of(1L, 2L, 3L, 4L, 5L)))
                .isEmpty();
    }
}
