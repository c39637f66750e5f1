package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/** Questionnaires, waves, invitations and answers through the services, as coordinators and respondents use them. */
@IntegrationTest
class SurveyServiceTests {

    @Autowired
    SurveyFixture fixture;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    WaveService waves;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    SurveyInvitationRepository invitations;

    @Autowired
    SurveyResponseRepository responses;

    @Autowired
    RespondentLinkRepository links;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SurveyFixture.World world;

    @BeforeEach
    void world() {
        users.ensure();
        world = fixture.world(TestUsers.COORDINATOR);
    }

    @Test
    void aVersionChangesInPlaceUntilAWaveUsesIt_thenAChangeMakesTheNextVersion() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var renamed = new QuestionnaireDocument("Renamed", Origin.PROGRAMME_MADE, SurveyFixture.definition());
        var changed = asCoordinator(() -> questionnaires.change(id, renamed, null));
        assertThat(changed.id()).isEqualTo(id);
        assertThat(changed.name()).isEqualTo("Renamed");

        fixture.openWave(TestUsers.COORDINATOR, world, id, false);
        assertThat(asCoordinator(() -> questionnaires.get(id)).frozen()).isTrue();
        var next = asCoordinator(() -> questionnaires.change(id, new QuestionnaireDocument("Second",
                Origin.PROGRAMME_MADE, SurveyFixture.definition()), null));
        assertThat(next.id()).isNotEqualTo(id);
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.family()).isEqualTo(changed.family());
        assertThat(asCoordinator(() -> questionnaires.get(id)).name()).isEqualTo("Renamed");
        assertThatThrownBy(() -> asCoordinator(() -> questionnaires.change(id, renamed, null)))
                .isInstanceOfSatisfying(org.tandem.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("evaluation.questionnaire.notLatest"));
    }

    @Test
    void aBadQuestionnaireIsRefusedWholeAndNothingIsStored() {
        var definition = SurveyFixture.definition();
        var broken = new QuestionnaireDefinition(new Texts("Titel", null, "Titre"), null, definition.sections(),
                definition.scales());
        assertThatThrownBy(() -> asCoordinator(() -> questionnaires.create(world.programmeId(),
                new QuestionnaireDocument("X", Origin.PROGRAMME_MADE, broken))))
                .isInstanceOfSatisfying(DefinitionRefused.class, e -> assertThat(e.problems())
                        .extracting(QuestionnaireDefinition.Problem::path).containsExactly("title"));
        assertThat(asCoordinator(() -> questionnaires.list(world.programmeId()))).isEmpty();
    }

    @Test
    void onlyTheProgrammesCoordinatorsReachItsQuestionnairesAndWaves() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, id, false);
        for (String other : List.of(TestUsers.OTHER_COORDINATOR, TestUsers.RESEARCHER, TestUsers.MENTOR)) {
            assertThatThrownBy(() -> accounts.callAs(other, () -> questionnaires.get(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> accounts.callAs(other, () -> waves.monitor(wave.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> accounts.callAs(other, () -> waves.list(world.programmeId())))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(accounts.callAs(TestUsers.ADMIN, () -> waves.monitor(wave.id()))).isNotNull();
    }

    @Test
    void aResearchWaveInvitesOnlyThePeopleWithTheResearchConsent_byMailWithAPersonalLink() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, id, false);
        assertThat(wave.invited()).isEqualTo(2);
        assertThat(invitations.findByWaveIdOrderById(wave.id())).extracting(SurveyInvitation::invitee)
                .containsExactlyInAnyOrder("enrolment:" + world.researchMentor(),
                        "enrolment:" + world.otherResearchMentor());
        var tokens = fixture.links(TestUsers.COORDINATOR, world, "survey-invitation");
        assertThat(tokens).hasSize(2).allSatisfy(token -> {
            assertThat(token).hasSize(43);
            assertThat(jdbc.queryForObject("select count(*) from survey_invitation where token_hash = ?",
                    Long.class, token)).isZero();
            assertThat(invitations.findByTokenHash(SurveyTokens.hash(token))).isPresent();
        });

        // a feedback wave asks everybody in the role
        var feedback = asCoordinator(() -> {
            var planned = waves.plan(world.programmeId(), new WavePlan(world.cohortId(), id, "Feedback",
                    WaveRole.MENTOR, WaveKind.END, WavePurpose.FEEDBACK, false, LocalDate.now(),
                    LocalDate.now().plusDays(7), null, null, null));
            waves.open(planned.id());
            return waves.get(planned.id());
        });
        assertThat(feedback.invited()).isEqualTo(3);
    }

    @Test
    void aRespondentSavesResumesAndSubmitsOnce_underTheRespondentKeyWithTheSite() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, id, false);
        String token = fixture.links(TestUsers.COORDINATOR, world, "survey-invitation").get(0);

        answering.save(token, Map.of("c1", List.of("4"), "remarks", List.of("Goed begin")), false);
        var resumed = answering.open(token);
        assertThat(resumed.draft()).isTrue();
        assertThat(resumed.answers()).containsEntry("c1", List.of("4")).containsEntry("remarks",
                List.of("Goed begin"));
        assertThatThrownBy(() -> answering.save(token, Map.of("c1", List.of("4")), true))
                .isInstanceOfSatisfying(AnswersRefused.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("c2", "c3"));
        assertThat(answering.open(token).answers()).containsEntry("remarks", List.of("Goed begin"));

        answering.save(token, Map.of("c1", List.of("4"), "c2", List.of("5"), "c3", List.of("2")), true);
        assertThatThrownBy(() -> answering.open(token)).isInstanceOfSatisfying(SurveyGone.class,
                e -> assertThat(e.code()).isEqualTo("evaluation.survey.used"));
        assertThatThrownBy(() -> answering.save(token, Map.of(), false)).isInstanceOf(SurveyGone.class);
        assertThatThrownBy(() -> answering.open("x".repeat(43))).isInstanceOf(NotFoundException.class);

        var invitation = invitations.findByTokenHash(SurveyTokens.hash(token)).orElseThrow();
        var response = responses.findByWaveIdAndRespondentKey(wave.id(), invitation.responseKey()).orElseThrow();
        assertThat(response.status()).isEqualTo(SurveyResponse.Status.SUBMITTED);
        assertThat(response.siteId()).isEqualTo(world.siteId());
        assertThat(SurveyAnswering.answers(response)).containsEntry("c1", 4).containsEntry("c3", 2)
                .doesNotContainKey("remarks");
        assertThat(links.findById(new RespondentLink.Ref(world.programmeId(), invitation.invitee())))
                .map(RespondentLink::respondentKey).contains(response.respondentKey());
        assertThat(asCoordinator(() -> waves.get(wave.id())).answered()).isEqualTo(1);
    }

    @Test
    void anAnonymousWavesSubmittedAnswersCannotBeLinkedToThePerson() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, id, true);
        assertThat(wave.pairable()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from respondent_link where programme_id = ?", Long.class,
                world.programmeId())).isZero();
        String token = fixture.links(TestUsers.COORDINATOR, world, "survey-invitation").get(0);
        answering.save(token, Map.of("c1", List.of("4")), false);
        var draftKey = invitations.findByTokenHash(SurveyTokens.hash(token)).orElseThrow().responseKey();
        answering.save(token, Map.of("c1", List.of("4"), "c2", List.of("4"), "c3", List.of("1")), true);

        var invitation = invitations.findByTokenHash(SurveyTokens.hash(token)).orElseThrow();
        assertThat(invitation.responseKey()).isNull();
        assertThat(invitation.answeredAt()).isEqualTo(invitation.answeredAt().truncatedTo(
                java.time.temporal.ChronoUnit.DAYS));
        var response = responses.findAll().stream().filter(r -> r.waveId() == wave.id()).findFirst().orElseThrow();
        assertThat(response.respondentKey()).isNotEqualTo(draftKey);
        assertThat(jdbc.queryForObject("select count(*) from respondent_link where programme_id = ?", Long.class,
                world.programmeId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where response_key = ?", Long.class,
                response.respondentKey())).isZero();
        assertThat(response.submittedAt()).isEqualTo(response.submittedAt().truncatedTo(
                java.time.temporal.ChronoUnit.DAYS));
        assertThat(response.startedAt()).isEqualTo(response.startedAt().truncatedTo(
                java.time.temporal.ChronoUnit.DAYS));
    }

    @Test
    @org.tandem.CleanDatabase
    void anExpiredLinkIsGone_andRemindersStopAfterTwo() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, id, false);
        String token = fixture.links(TestUsers.COORDINATOR, world, "survey-invitation").get(0);

        assertThat(waves.daily(Instant.now())).as("a week has not passed").isZero();
        assertThat(asCoordinator(() -> waves.remind(wave.id()))).isEqualTo(2);
        // the reminder's new link replaces the first one
        assertThatThrownBy(() -> answering.open(token)).isInstanceOf(NotFoundException.class);
        assertThat(waves.daily(Instant.now().plus(Duration.ofDays(6)))).isZero();
        assertThat(waves.daily(Instant.now().plus(Duration.ofDays(7)))).isEqualTo(2);
        assertThat(asCoordinator(() -> waves.remind(wave.id()))).as("two reminders at most").isZero();
        assertThat(waves.daily(Instant.now().plus(Duration.ofDays(14)))).isZero();
        assertThat(fixture.links(TestUsers.COORDINATOR, world, "survey-reminder")).hasSize(4);

        String latest = fixture.links(TestUsers.COORDINATOR, world, "survey-reminder").get(0);
        assertThat(answering.open(latest)).isNotNull();
        jdbc.update("update survey_invitation set expires_at = ? where wave_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), wave.id());
        assertThatThrownBy(() -> answering.open(latest)).isInstanceOfSatisfying(SurveyGone.class,
                e -> assertThat(e.code()).isEqualTo("evaluation.survey.expired"));

        var monitor = asCoordinator(() -> waves.monitor(wave.id()));
        assertThat(monitor.pending()).hasSize(2).allSatisfy(p -> {
            assertThat(p.name()).startsWith("Test Person");
            assertThat(p.reminders()).isEqualTo(2);
        });
        assertThat(monitor.sites()).singleElement().satisfies(s -> {
            assertThat(s.invited()).isEqualTo(2);
            assertThat(s.answered()).isZero();
        });
        // the daily run closes a fixed window that ended
        waves.daily(Instant.now().plus(Duration.ofDays(16)));
        assertThat(asCoordinator(() -> waves.get(wave.id())).status()).isEqualTo(WaveStatus.CLOSED);
    }

    @Test
    void aRelativeWindowInvitesEachPersonWhenTheirMomentComes_andPlansAreChecked() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var relative = asCoordinator(() -> waves.plan(world.programmeId(), new WavePlan(world.cohortId(), id,
                "At enrolment", WaveRole.MENTOR, WaveKind.BASELINE, WavePurpose.RESEARCH, false, null, null,
                WaveAnchor.ENROLMENT, 0, 14)));
        assertThat(asCoordinator(() -> waves.open(relative.id()))).isEqualTo(2);
        var duoEnd = asCoordinator(() -> waves.plan(world.programmeId(), new WavePlan(world.cohortId(), id,
                "After the duo", WaveRole.MENTOR, WaveKind.FOLLOW_UP, WavePurpose.RESEARCH, false, null, null,
                WaveAnchor.DUO_END, 90, 14)));
        assertThat(asCoordinator(() -> waves.open(duoEnd.id()))).as("nobody's duo ended").isZero();

        assertThatThrownBy(() -> asCoordinator(() -> waves.plan(world.programmeId(), new WavePlan(world.cohortId(),
                id, "Employers", WaveRole.EMPLOYER_CONTACT, WaveKind.END, WavePurpose.RESEARCH, false,
                LocalDate.now(), LocalDate.now(), null, null, null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("purpose"));
        assertThatThrownBy(() -> asCoordinator(() -> waves.plan(world.programmeId(), new WavePlan(world.cohortId(),
                id, "Bad", WaveRole.MENTOR, WaveKind.END, WavePurpose.RESEARCH, false, LocalDate.now(),
                LocalDate.now().minusDays(1), null, null, null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("closesOn"));
        assertThatThrownBy(() -> asCoordinator(() -> waves.plan(world.programmeId(), new WavePlan(999_999L, id,
                "Bad", WaveRole.MENTOR, WaveKind.END, WavePurpose.RESEARCH, false, LocalDate.now(),
                LocalDate.now(), null, null, null))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("cohortId"));
    }

    @Test
    void aCoordinatorTypesInAPaperQuestionnaireOfAnInvitee() {
        long id = fixture.questionnaire(TestUsers.COORDINATOR, world);
        var wave = fixture.openWave(TestUsers.COORDINATOR, world, id, false);
        asCoordinator(() -> {
            answering.recordOnPaper(wave.id(), "enrolment:" + world.researchMentor(), Map.of("c1", List.of("3"),
                    "c2", List.of("3"), "c3", List.of("3")));
            return null;
        });
        assertThat(asCoordinator(() -> waves.get(wave.id())).answered()).isEqualTo(1);
        assertThatThrownBy(() -> asCoordinator(() -> {
            answering.recordOnPaper(wave.id(), "enrolment:" + world.mentorWithoutConsent(), Map.of());
            return null;
        })).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.code()).isEqualTo("evaluation.paper.notInvited"));
    }

    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return accounts.callAs(TestUsers.COORDINATOR, work);
    }
}
