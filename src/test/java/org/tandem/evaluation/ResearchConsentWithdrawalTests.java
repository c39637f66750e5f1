package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;

/**
 * Issue 13 (GDPR Art. 7(3)): a participant who withdraws the research consent leaves the next analysis of every
 * research wave they answered (figures per wave and before/after), while a feedback wave, which needs no research
 * consent, still counts them.
 */
@IntegrationTest
class ResearchConsentWithdrawalTests {

    @Autowired
    EvaluationFixture fixture;

    @Autowired
    ParticipantFixture participants;

    @Autowired
    ConsentService consents;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    RespondentLinkRepository links;

    @Autowired
    Analyses analyses;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    EvaluationFixture.World world;
    List<Long> mentors = new ArrayList<>();
    long baseline;
    long end;
    long feedback;

    @BeforeEach
    void sixMentorsWithTheResearchConsentAnswerTwoResearchWavesAndAFeedbackWave() {
        users.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
        baseline = fixture.wave(world, "Baseline", WaveKind.BASELINE, WavePurpose.RESEARCH, false);
        end = fixture.wave(world, "End", WaveKind.END, WavePurpose.RESEARCH, false);
        feedback = fixture.wave(world, "Feedback", WaveKind.END, WavePurpose.FEEDBACK, false);
        for (int i = 0; i < 6; i++) {
            long enrolment = participants.ready(TestUsers.COORDINATOR, world.cohortId(), ParticipantRole.MENTOR, 1,
                    world.rotterdam(), ParticipantMother.profile());
            accounts.callAs(TestUsers.COORDINATOR, () -> {
                consents.give(enrolment, ConsentPurpose.RESEARCH);
                return null;
            });
            mentors.add(enrolment);
            String key = links.save(new RespondentLink(world.programmeId(), RespondentLink.enrolment(enrolment)))
                    .respondentKey();
            fixture.respond(baseline, key, world.rotterdam(), items(2));
            fixture.respond(end, key, world.rotterdam(), items(4));
            fixture.respond(feedback, key, world.rotterdam(), items(4));
        }
    }

    private static Map<String, Integer> items(int confidence) {
        return Map.of("c1", confidence, "c2", confidence, "c3", 6 - confidence, "s1", 3, "s2", 3);
    }

    private void withdrawResearchConsent(long enrolment) {
        accounts.callAs(TestUsers.COORDINATOR, () -> {
            var research = queries.get(enrolment).consents().stream()
                    .filter(c -> c.purpose() == ConsentPurpose.RESEARCH && c.active()).findFirst().orElseThrow();
            consents.withdraw(enrolment, research.id());
            return null;
        });
    }

    @Test
    void aWithdrawnPersonLeavesTheNextAnalysisOfEveryResearchWave() {
        var waveBefore = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(baseline));
        var comparisonBefore = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.compare(baseline, end));
        assertThat(waveBefore.responses()).isEqualTo(6);
        assertThat(comparisonBefore.scales().get(0).figures().n()).isEqualTo(6);

        withdrawResearchConsent(mentors.get(0));

        var wave = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(baseline));
        var comparison = accounts.callAs(TestUsers.COORDINATOR, () -> analyses.compare(baseline, end));
        assertThat(wave.responses()).isEqualTo(5);
        assertThat(wave.scales().get(0).n()).isEqualTo(5);
        assertThat(comparison.beforeResponses()).isEqualTo(5);
        assertThat(comparison.afterResponses()).isEqualTo(5);
        assertThat(comparison.scales().get(0).figures().n()).isEqualTo(5);
        // and the end wave on its own
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(end)).responses()).isEqualTo(5);
    }

    @Test
    void aFeedbackWaveStillCountsThemAndGivingTheConsentAgainBringsThemBack() {
        withdrawResearchConsent(mentors.get(1));
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(feedback)).responses()).isEqualTo(6);

        accounts.callAs(TestUsers.COORDINATOR, () -> {
            consents.give(mentors.get(1), ConsentPurpose.RESEARCH);
            return null;
        });
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> analyses.wave(baseline)).responses()).isEqualTo(6);
    }
}
