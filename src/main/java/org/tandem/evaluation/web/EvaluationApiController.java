package org.tandem.evaluation.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.evaluation.AnswersRefused;
import org.tandem.evaluation.DefinitionRefused;
import org.tandem.evaluation.MonitorView;
import org.tandem.evaluation.QuestionnaireDocument;
import org.tandem.evaluation.QuestionnaireService;
import org.tandem.evaluation.QuestionnaireView;
import org.tandem.evaluation.SurveyAnswering;
import org.tandem.evaluation.WaveService;
import org.tandem.evaluation.WaveView;

/**
 * Questionnaires (with import and export), waves, their invitations and the response monitor, for the coordinators
 * of the programme; for anybody else, researchers included, these do not exist (404).
 */
@RestController
@RequestMapping("/api/v1")
class EvaluationApiController {

    // Every handler is open to signed-in users and the services answer 404 to anybody who does not manage the
    // programme (researchers, participants, other coordinators): these pages do not exist for them, not even as 403.

    private final QuestionnaireService questionnaires;
    private final WaveService waves;
    private final SurveyAnswering answering;
    private final ProblemTexts problems;

    EvaluationApiController(QuestionnaireService questionnaires, WaveService waves, SurveyAnswering answering,
            ProblemTexts problems) {
        this.questionnaires = questionnaires;
        this.waves = waves;
        this.answering = answering;
        this.problems = problems;
    }

    /** Counts of a wave's invitations; who has not answered by name (for coordinators only). */
    record Invitations(long invited, long answered, long started, List<MonitorView.Pending> pending) {
    }

    /** A questionnaire answered on paper: the invitee ({@code enrolment:<id>} or {@code account:<id>}), the answers. */
    record PaperResponse(String invitee, Map<String, List<String>> answers) {
    }

    record Changed(long id, int number, boolean newVersion) {
    }

    @GetMapping("/programmes/{programmeId}/questionnaires")
    @PreAuthorize("isAuthenticated()")
    List<QuestionnaireView> questionnaires(@PathVariable long programmeId) {
        return questionnaires.list(programmeId);
    }

    @PostMapping("/programmes/{programmeId}/questionnaires")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionnaireView create(@PathVariable long programmeId, @RequestBody QuestionnaireDocument body) {
        return questionnaires.create(programmeId, body);
    }

    @PostMapping("/programmes/{programmeId}/questionnaires/import")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionnaireView importFile(@PathVariable long programmeId, @RequestParam MultipartFile file)
            throws IOException {
        return questionnaires.importFile(programmeId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/questionnaires/{id}")
    @PreAuthorize("isAuthenticated()")
    QuestionnaireView questionnaire(@PathVariable long id) {
        return questionnaires.get(id);
    }

    /** Changes in place while unused; a used (frozen) version gets a next version, whose id the answer gives. */
    @PutMapping("/questionnaires/{id}")
    @PreAuthorize("isAuthenticated()")
    QuestionnaireView change(@PathVariable long id, @RequestBody QuestionnaireDocument body,
            @RequestParam(required = false) Long version) {
        return questionnaires.change(id, body, version);
    }

    @GetMapping("/questionnaires/{id}/export")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
        return QuestionnaireController.download(questionnaires, id, format);
    }

    @GetMapping("/programmes/{programmeId}/survey-waves")
    @PreAuthorize("isAuthenticated()")
    List<WaveView> waves(@PathVariable long programmeId) {
        return waves.list(programmeId);
    }

    @PostMapping("/programmes/{programmeId}/survey-waves")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    WaveView plan(@PathVariable long programmeId, @RequestBody WaveForm body) {
        return waves.plan(programmeId, body.toPlan());
    }

    @GetMapping("/survey-waves/{id}")
    @PreAuthorize("isAuthenticated()")
    WaveView wave(@PathVariable long id) {
        return waves.get(id);
    }

    @PostMapping("/survey-waves/{id}/open")
    @PreAuthorize("isAuthenticated()")
    WaveView open(@PathVariable long id) {
        waves.open(id);
        return waves.get(id);
    }

    @PostMapping("/survey-waves/{id}/reminders")
    @PreAuthorize("isAuthenticated()")
    Map<String, Integer> remind(@PathVariable long id) {
        return Map.of("reminded", waves.remind(id));
    }

    @PostMapping("/survey-waves/{id}/close")
    @PreAuthorize("isAuthenticated()")
    WaveView close(@PathVariable long id) {
        waves.close(id);
        return waves.get(id);
    }

    @GetMapping("/survey-waves/{id}/invitations")
    @PreAuthorize("isAuthenticated()")
    Invitations invitations(@PathVariable long id) {
        var monitor = waves.monitor(id);
        var wave = monitor.wave();
        return new Invitations(wave.invited(), wave.answered(), wave.started(), monitor.pending());
    }

    @GetMapping("/survey-waves/{id}/monitor")
    @PreAuthorize("isAuthenticated()")
    MonitorView monitor(@PathVariable long id) {
        return waves.monitor(id);
    }

    @PostMapping("/survey-waves/{id}/paper-responses")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    WaveView paper(@PathVariable long id, @RequestBody PaperResponse body) {
        answering.recordOnPaper(id, body.invitee(), body.answers() == null ? Map.of() : body.answers());
        return waves.get(id);
    }

    @ExceptionHandler(DefinitionRefused.class)
    ProblemDetail refused(DefinitionRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.message(new org.tandem.evaluation.QuestionnaireDefinition.Problem("", e.code(),
                        List.of(e.problems().size()))));
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.path(), "message", problems.message(p))).toList());
        return problem;
    }

    @ExceptionHandler(AnswersRefused.class)
    ProblemDetail answersRefused(AnswersRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "answers refused");
        problem.setProperty("errors", e.problems().entrySet().stream()
                .map(p -> Map.of("field", "answers." + p.getKey(), "message", problems.message(
                        new org.tandem.evaluation.QuestionnaireDefinition.Problem("", p.getValue().code(),
                                p.getValue().args())))).toList());
        return problem;
    }
}
