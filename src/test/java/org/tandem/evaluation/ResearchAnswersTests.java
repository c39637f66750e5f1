package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;

/**
 * The research read of the answers: per enrolment (through the respondent link), only research waves that are not
 * anonymous, and never an open-text answer.
 */
@IntegrationTest
class ResearchAnswersTests {

    @Autowired
    EvaluationFixture fixture;

    @Autowired
    TestUsers users;

    @Autowired
    ResearchAnswers answers;

    @Autowired
    DataSource dataSource;

    @Test
    void answersComePerEnrolmentFromResearchWavesThatAreNotAnonymousWithoutFreeText() {
        users.ensure();
        var world = fixture.world(TestUsers.COORDINATOR);
        long research = fixture.wave(world, "Baseline", WaveKind.BASELINE, WavePurpose.RESEARCH, false);
        long anonymous = fixture.wave(world, "Anonymous", WaveKind.END, WavePurpose.RESEARCH, true);
        long feedback = fixture.wave(world, "Feedback", WaveKind.END, WavePurpose.FEEDBACK, false);
        var jdbc = new JdbcTemplate(dataSource);
        for (long wave : new long[] {research, anonymous, feedback}) {
            fixture.respond(wave, "key-" + wave, world.rotterdam(), Map.of("c1", 4, "c2", 2, "s1", 5));
        }
        jdbc.update("insert into respondent_link (programme_id, invitee, respondent_key) values (?, ?, ?)",
                world.programmeId(), "enrolment:777", "key-" + research);
        jdbc.update("insert into respondent_link (programme_id, invitee, respondent_key) values (?, ?, ?)",
                world.programmeId(), "enrolment:778", "key-" + feedback);

        var found = answers.of(world.programmeId());

        assertThat(found.waves()).extracting(ResearchAnswers.Wave::waveId).containsExactly(research);
        assertThat(found.waves().get(0).questions()).extracting(ResearchAnswers.Question::key)
                .containsExactly("c1", "c2", "c3", "s1", "s2");
        assertThat(found.waves().get(0).questions().get(0).values()).containsExactly("1", "2", "3", "4", "5");
        assertThat(found.answers()).extracting(a -> a.enrolmentId() + " " + a.questionKey() + "=" + a.value())
                .containsExactlyInAnyOrder("777 c1=4", "777 c2=2", "777 s1=5");
    }
}
