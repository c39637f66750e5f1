package org.tandem.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;

/**
 * Answering without an account: the personal link opens the questionnaire; answers are saved as a draft and resumed
 * until submitted, which uses the link up. An unknown link is not found; a used or expired one is gone. A coordinator
 * may also type in a questionnaire that was answered on paper.
 */
@Service
public class SurveyAnswering {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final SurveyInvitationRepository invitations;
    private final SurveyWaveRepository waves;
    private final SurveyResponseRepository responses;
    private final QuestionnaireRepository questionnaires;
    private final WaveService waveService;
    private final Clock clock;

    SurveyAnswering(SurveyInvitationRepository invitations, SurveyWaveRepository waves,
            SurveyResponseRepository responses, QuestionnaireRepository questionnaires, WaveService waveService,
            Clock clock) {
        this.invitations = invitations;
        this.waves = waves;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.waveService = waveService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SurveyView open(String token) {
        var invitation = usable(token);
        var wave = waves.findById(invitation.waveId()).orElseThrow();
        var response = responses.findByWaveIdAndRespondentKey(wave.id(), invitation.responseKey());
        Map<String, List<String>> answers = response.map(r -> AnswerCheck.asForm(answers(r))).orElse(Map.of());
        return new SurveyView(definition(wave), answers, response.isPresent(), wave.anonymous(), wave.purpose(),
                invitation.language(), invitation.expiresAt());
    }

    /**
     * Saves the answers as a draft, or submits them ({@code submit}): then every required question must be answered
     * and the link is used up. Bad answers refuse the whole save ({@link AnswersRefused}), nothing half-written.
     */
    @Transactional
    public void save(String token, Map<String, List<String>> raw, boolean submit) {
        var invitation = usable(token);
        var wave = waves.findById(invitation.waveId()).orElseThrow();
        store(wave, invitation, AnswerCheck.read(definition(wave), raw, submit), submit);
    }

    /**
     * A questionnaire answered on paper, typed in by a coordinator for an invitee of the wave ({@code enrolment:<id>}
     * or {@code account:<id>}): checked and submitted like one answered online.
     */
    @Transactional
    public void recordOnPaper(long waveId, String invitee, Map<String, List<String>> raw) {
        var wave = waveService.manageable(waveId);
        var invitation = invitations.findByWaveIdAndInvitee(waveId, invitee)
                .orElseThrow(() -> new FieldException("invitee", "evaluation.paper.notInvited"));
        if (invitation.answeredAt() != null) {
            throw new FieldException("invitee", "evaluation.invitation.used");
        }
        store(wave, invitation, AnswerCheck.read(definition(wave), raw, true), true);
    }

    private void store(SurveyWave wave, SurveyInvitation invitation, Map<String, Object> answers, boolean submit) {
        Instant now = Instant.now(clock);
        String json = QuestionnaireFiles.JSON.writeValueAsString(answers);
        var response = responses.findByWaveIdAndRespondentKey(wave.id(), invitation.responseKey())
                .orElse(null);
        if (response == null) {
            response = responses.save(new SurveyResponse(wave.id(), invitation.responseKey(), invitation.siteId(),
                    invitation.employerId(), json, now));
        } else {
            response.save(json);
        }
        if (submit) {
            response.submit(now, wave.anonymous());
            invitation.answered(now, wave.anonymous());
        }
    }

    private SurveyInvitation usable(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw new NotFoundException("survey", "link");
        }
        var invitation = invitations.findByTokenHash(SurveyTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("survey", "link"));
        if (invitation.answeredAt() != null) {
            throw new SurveyGone("evaluation.survey.used");
        }
        var wave = waves.findById(invitation.waveId()).orElseThrow();
        Instant now = Instant.now(clock);
        if (wave.status() == WaveStatus.CLOSED || !now.isBefore(invitation.expiresAt())) {
            throw new SurveyGone("evaluation.survey.expired");
        }
        if (invitation.opensOn().isAfter(LocalDate.now(clock)) || wave.status() != WaveStatus.OPEN) {
            throw new SurveyGone("evaluation.survey.notYet", invitation.opensOn());
        }
        return invitation;
    }

    private QuestionnaireDefinition definition(SurveyWave wave) {
        return QuestionnaireFiles.definition(questionnaires.findById(wave.questionnaireId()).orElseThrow()
                .definition());
    }

    static Map<String, Object> answers(SurveyResponse response) {
        return QuestionnaireFiles.JSON.readValue(response.answers(), ANSWERS);
    }
}
