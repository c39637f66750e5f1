package org.tandem.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The submitted answers of a programme's research waves (not anonymous ones) per participant enrolment, for the
 * research export. This is the one read besides the invitations that joins the respondent link: the research export
 * needs a person's answers under their pseudonym to pair waves, and keeps only people who gave the research
 * consent; it checks who may ask. Open-text and date answers are left out (free text and dates identify people).
 */
@Service
@Transactional(readOnly = true)
public class ResearchAnswers {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };
    private static final String ENROLMENT = "enrolment:";

    /** A research wave: its kind, role and the questions it exports, in questionnaire order. */
    public record Wave(long waveId, String name, WaveKind kind, WaveRole role, List<Question> questions) {
    }

    public record Question(String key, QuestionType type, List<String> values) {
    }

    /** One answer: a Likert point, a number, a choice value, or several choice values joined with "|". */
    public record Answer(long enrolmentId, long waveId, String questionKey, String value) {
    }

    public record Answers(List<Wave> waves, List<Answer> answers) {
    }

    private final SurveyWaveRepository waves;
    private final QuestionnaireRepository questionnaires;
    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ResearchAnswers(SurveyWaveRepository waves, QuestionnaireRepository questionnaires, DataSource dataSource) {
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public Answers of(long programmeId) {
        List<Wave> found = new ArrayList<>();
        Map<Long, Map<String, Question>> questionsByWave = new HashMap<>();
        for (SurveyWave wave : waves.findByProgrammeIdOrderByCreatedAt(programmeId)) {
            if (wave.purpose() != WavePurpose.RESEARCH || wave.anonymous() || wave.role() == WaveRole.EMPLOYER_CONTACT) {
                continue;
            }
            var definition = json.readValue(questionnaires.findById(wave.questionnaireId()).orElseThrow().definition(),
                    QuestionnaireDefinition.class);
            List<Question> questions = definition.questions().stream()
                    .filter(q -> q.type() != QuestionType.OPEN_TEXT && q.type() != QuestionType.DATE)
                    .map(q -> new Question(q.key(), q.type(), allowed(q)))
                    .toList();
            found.add(new Wave(wave.id(), wave.name(), wave.kind(), wave.role(), questions));
            questionsByWave.put(wave.id(), questions.stream().collect(Collectors.toMap(Question::key, q -> q)));
        }
        List<Answer> answers = new ArrayList<>();
        if (found.isEmpty()) {
            return new Answers(found, answers);
        }
        jdbc.query("""
                select l.invitee, r.wave_id, r.answers from survey_response r
                join respondent_link l on l.respondent_key = r.respondent_key and l.programme_id = :programme
                where r.wave_id in (:waves) and r.status = 'SUBMITTED' and l.invitee like 'enrolment:%'
                order by r.wave_id, r.id""",
                Map.of("programme", programmeId, "waves", questionsByWave.keySet()), rs -> {
                    long enrolmentId = Long.parseLong(rs.getString("invitee").substring(ENROLMENT.length()));
                    long waveId = rs.getLong("wave_id");
                    Map<String, Object> given = json.readValue(rs.getString("answers"), ANSWERS);
                    for (Question question : found.stream().filter(w -> w.waveId() == waveId).findFirst()
                            .orElseThrow().questions()) {
                        String value = value(question, given.get(question.key()));
                        if (value != null) {
                            answers.add(new Answer(enrolmentId, waveId, question.key(), value));
                        }
                    }
                });
        return new Answers(found, answers);
    }

    private static List<String> allowed(QuestionnaireDefinition.Question question) {
        if (question.type().likert()) {
            List<String> points = new ArrayList<>();
            for (int i = 1; i <= question.type().points(); i++) {
                points.add(String.valueOf(i));
            }
            return points;
        }
        if (question.type() == QuestionType.RECOMMENDATION) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i <= 10; i++) {
                points.add(String.valueOf(i));
            }
            return points;
        }
        if (question.type().choices()) {
            return question.choices().stream().map(QuestionnaireDefinition.Choice::value).toList();
        }
        List<String> range = new ArrayList<>();
        if (question.min() != null || question.max() != null) {
            range.add((question.min() == null ? "" : question.min()) + ".." + (question.max() == null ? "" : question.max()));
        }
        return range;
    }

    /** Only values the questionnaire offers or numbers: never text the respondent wrote. */
    private static String value(Question question, Object answer) {
        if (answer == null) {
            return null;
        }
        if (question.type().choices()) {
            List<?> chosen = answer instanceof List<?> list ? list : List.of(answer);
            String joined = chosen.stream().map(String::valueOf).filter(question.values()::contains)
                    .collect(Collectors.joining("|"));
            return joined.isEmpty() ? null : joined;
        }
        return answer instanceof Number number ? String.valueOf(number) : null;
    }
}
