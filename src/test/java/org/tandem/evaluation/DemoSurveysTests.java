package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;

/** The demo's surveys: programme-made questionnaires, answered waves, and a change that programme B can show. */
@DemoServerTest
class DemoSurveysTests {

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    WaveService waves;

    @Autowired
    SurveyResponseRepository responses;

    private long programme(String name) {
        return catalogue.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void programmeAsPilotsAnsweredTheExperienceQuestionnaireWithOpenAnswers() {
        long a = programme("Mentoring zij-instroom");
        var list = accounts.callAs("coordinator@demo.tandem", () -> waves.list(a));
        assertThat(list).hasSize(4).allSatisfy(w -> {
            assertThat(w.status()).isEqualTo(WaveStatus.CLOSED);
            assertThat(w.answered()).isPositive().isLessThan(w.invited());
        });
        assertThat(accounts.callAs("coordinator@demo.tandem", () -> questionnaires.list(a)))
                .allMatch(q -> q.origin() == Origin.PROGRAMME_MADE && q.frozen());
        var texts = responses.findAll().stream().filter(r -> list.stream().anyMatch(w -> w.id() == r.waveId()))
                .map(SurveyAnswering::answers).filter(m -> m.containsKey("worked")).count();
        assertThat(texts).isPositive();
    }

    @Test
    void programmeBsMentorsRoseOnEveryScale_withAFewMissing_andTheirEmployersAnswered() {
        long b = programme("Kracht van Mentorschap");
        var list = accounts.callAs("coordinator@demo.tandem", () -> waves.list(b));
        var baseline = list.stream().filter(w -> w.kind() == WaveKind.BASELINE && w.role() == WaveRole.MENTOR)
                .findFirst().orElseThrow();
        var end = list.stream().filter(w -> w.kind() == WaveKind.END && w.role() == WaveRole.MENTOR).findFirst()
                .orElseThrow();
        assertThat(baseline.invited()).isEqualTo(20);
        assertThat(baseline.answered()).isEqualTo(19);
        assertThat(end.answered()).isEqualTo(17);
        assertThat(end.status()).isEqualTo(WaveStatus.OPEN);
        assertThat(list).filteredOn(w -> w.role() == WaveRole.EMPLOYER_CONTACT).hasSize(2)
                .allSatisfy(w -> assertThat(w.answered()).isEqualTo(1));

        var definition = accounts.callAs("coordinator@demo.tandem",
                () -> questionnaires.get(baseline.questionnaireId())).definition();
        assertThat(definition.scales()).hasSize(3);
        for (var scale : definition.scales()) {
            assertThat(mean(definition, scale, end.id())).as(scale.key())
                    .isGreaterThan(mean(definition, scale, baseline.id()) + 0.1);
        }
    }

    private double mean(QuestionnaireDefinition definition, QuestionnaireDefinition.Scale scale, long waveId) {
        List<Double> scores = responses.findAll().stream()
                .filter(r -> r.waveId() == waveId && r.status() == SurveyResponse.Status.SUBMITTED)
                .map(r -> definition.score(scale, SurveyAnswering.answers(r))).filter(s -> s != null).toList();
        return scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
