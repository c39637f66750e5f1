package org.tandem.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.account.AccountService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme with a questionnaire of two scales (one item reverse-coded), a baseline and an end wave for mentors, and
 * responses written straight into the tables (the answering itself is tested elsewhere): the analyses' raw material.
 */
@TestComponent
public class EvaluationFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParticipantFixture participants;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final QuestionnaireRepository questionnaires;
    private final SurveyWaveRepository waves;
    private final SurveyResponseRepository responses;

    EvaluationFixture(ParticipantFixture participants, ProgrammeService programmes, AccountService accounts,
            QuestionnaireRepository questionnaires, SurveyWaveRepository waves, SurveyResponseRepository responses) {
        this.participants = participants;
        this.programmes = programmes;
        this.accounts = accounts;
        this.questionnaires = questionnaires;
        this.waves = waves;
        this.responses = responses;
    }

    public record World(long programmeId, long cohortId, long rotterdam, long gent, long questionnaireId) {
    }

    public World world(String coordinator) {
        var setup = participants.recruitingProgramme(coordinator, ProgrammeKind.INTERGENERATIONAL);
        long gent = accounts.callAs(coordinator, () -> programmes.addSite(setup.programmeId(), "Gent", Country.BE));
        var questionnaire = questionnaires.save(new Questionnaire(setup.programmeId(), "Mentor survey",
                Origin.PROGRAMME_MADE, JSON.writeValueAsString(definition()), Instant.now()));
        return new World(setup.programmeId(), setup.cohortId(), setup.siteId(), gent, questionnaire.id());
    }

    static QuestionnaireDefinition definition() {
        List<QuestionnaireDefinition.Question> questions = new ArrayList<>();
        for (String key : List.of("c1", "c2", "c3", "s1", "s2")) {
            questions.add(new QuestionnaireDefinition.Question(key, QuestionType.LIKERT_5,
                    texts("Item " + key), likertLabels(), true, null, null));
        }
        questions.add(new QuestionnaireDefinition.Question("remarks", QuestionType.OPEN_TEXT, texts("Remarks"),
                List.of(), false, null, null));
        return new QuestionnaireDefinition(texts("Mentor survey"), texts("Please answer"),
                List.of(new QuestionnaireDefinition.Section("main", texts("Main"), questions)),
                List.of(new QuestionnaireDefinition.Scale("confidence", new Texts("Zelfvertrouwen", "Self-confidence",
                                "Confiance en soi"), List.of("c1", "c2", "c3"), List.of("c3"), 2),
                        new QuestionnaireDefinition.Scale("skills", new Texts("Competenties", "Competences",
                                "Compétences"), List.of("s1", "s2"), List.of(), 2)));
    }

    static Texts texts(String text) {
        return new Texts(text + " (nl)", text, text + " (fr)");
    }

    static List<QuestionnaireDefinition.Choice> likertLabels() {
        List<QuestionnaireDefinition.Choice> labels = new ArrayList<>();
        for (int point = 1; point <= 5; point++) {
            labels.add(new QuestionnaireDefinition.Choice(String.valueOf(point), texts("point " + point)));
        }
        return labels;
    }

    public long wave(World world, String name, WaveKind kind, WavePurpose purpose, boolean anonymous) {
        return waves.save(new SurveyWave(world.programmeId(), world.cohortId(), world.questionnaireId(), name,
                WaveRole.MENTOR, kind, purpose, anonymous,
                new SurveyWave.Window(LocalDate.now(), LocalDate.now().plusDays(14), null, null, null),
                Instant.now())).id();
    }

    /** A submitted response: item answers as numbers (null left out), a remark as free text. */
    public void respond(long waveId, String respondentKey, Long siteId, Map<String, Integer> items) {
        Map<String, Object> answers = new LinkedHashMap<>(items);
        answers.values().removeIf(java.util.Objects::isNull);
        answers.put("remarks", "I liked it, says " + respondentKey);
        var response = new SurveyResponse(waveId, respondentKey, siteId, null, JSON.writeValueAsString(answers),
                Instant.now());
        response.submit(Instant.now(), false);
        responses.save(response);
    }

    /** Random Likert answers with a rise of about one point on the confidence items after, from a fixed seed. */
    public static Map<String, Integer> answers(Random random, boolean after) {
        Map<String, Integer> items = new LinkedHashMap<>();
        int lift = after ? 1 : 0;
        items.put("c1", clamp(2 + random.nextInt(2) + lift));
        items.put("c2", clamp(2 + random.nextInt(3) + lift));
        items.put("c3", clamp(4 - random.nextInt(2) - lift));
        items.put("s1", clamp(3 + random.nextInt(2) - 1));
        items.put("s2", random.nextInt(5) == 0 ? null : clamp(2 + random.nextInt(3)));
        return items;
    }

    private static int clamp(int value) {
        return Math.max(1, Math.min(5, value));
    }
}
