package org.tandem.evaluation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.evaluation.DefinitionRefused;
import org.tandem.evaluation.Origin;
import org.tandem.evaluation.QuestionType;
import org.tandem.evaluation.QuestionnaireService;
import org.tandem.evaluation.QuestionnaireView;
import org.tandem.evaluation.WaveService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;

/**
 * The coordinators' questionnaire pages: a programme's questionnaires (with import), the editor (add, reorder,
 * translate questions, define scales), the preview as a respondent sees it, and the export as JSON or XLSX.
 */
@Controller
class QuestionnaireController {

    // Every handler is open to signed-in users and the services answer 404 to anybody who does not manage the
    // programme (researchers, participants, other coordinators): these pages do not exist for them, not even as 403.

    private final QuestionnaireService questionnaires;
    private final WaveService waves;
    private final ProgrammeCatalogue catalogue;
    private final ProblemTexts problems;

    QuestionnaireController(QuestionnaireService questionnaires, WaveService waves, ProgrammeCatalogue catalogue,
            ProblemTexts problems) {
        this.questionnaires = questionnaires;
        this.waves = waves;
        this.catalogue = catalogue;
        this.problems = problems;
    }

    @GetMapping("/programmes/{programmeId}/surveys")
    @PreAuthorize("isAuthenticated()")
    String list(@PathVariable long programmeId, Model model) {
        model.addAttribute("questionnaires", questionnaires.list(programmeId));
        model.addAttribute("waves", waves.list(programmeId));
        model.addAttribute("programme", programme(programmeId));
        return "evaluation/surveys";
    }

    @PostMapping("/programmes/{programmeId}/questionnaires/import")
    @PreAuthorize("isAuthenticated()")
    String importFile(@PathVariable long programmeId, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DefinitionRefused(List.of(new org.tandem.evaluation.QuestionnaireDefinition.Problem(
                        "file", "evaluation.file.empty", List.of())));
            }
            var made = questionnaires.importFile(programmeId, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "evaluation.questionnaire.imported");
            return "redirect:/questionnaires/" + made.id() + "/edit";
        } catch (DefinitionRefused e) {
            model.addAttribute("importProblems", problems.lines(e.problems()));
            return list(programmeId, model);
        }
    }

    @GetMapping("/programmes/{programmeId}/questionnaires/new")
    @PreAuthorize("isAuthenticated()")
    String newQuestionnaire(@PathVariable long programmeId, Model model) {
        questionnaires.list(programmeId);
        model.addAttribute("form", EditorForm.blank());
        return editor(programmeId, null, model);
    }

    @PostMapping("/programmes/{programmeId}/questionnaires")
    @PreAuthorize("isAuthenticated()")
    String create(@PathVariable long programmeId, @ModelAttribute("form") EditorForm form,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        questionnaires.list(programmeId);
        if (action != null && !action.equals("save")) {
            model.addAttribute("form", form.apply(action));
            return editor(programmeId, null, model);
        }
        try {
            var made = questionnaires.create(programmeId, form.toDocument());
            redirect.addFlashAttribute("notice", "evaluation.questionnaire.saved");
            return "redirect:/questionnaires/" + made.id() + "/edit";
        } catch (DefinitionRefused e) {
            return refused(programmeId, null, e, model);
        }
    }

    @GetMapping("/questionnaires/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable long id, Model model) {
        var questionnaire = questionnaires.get(id);
        model.addAttribute("form", EditorForm.from(questionnaire));
        return editor(questionnaire.programmeId(), questionnaire, model);
    }

    @PostMapping("/questionnaires/{id}")
    @PreAuthorize("isAuthenticated()")
    String change(@PathVariable long id, @ModelAttribute("form") EditorForm form,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        var questionnaire = questionnaires.get(id);
        if (action != null && !action.equals("save")) {
            model.addAttribute("form", form.apply(action));
            return editor(questionnaire.programmeId(), questionnaire, model);
        }
        try {
            var changed = questionnaires.change(id, form.toDocument(), form.version());
            redirect.addFlashAttribute("notice", changed.id() == id ? "evaluation.questionnaire.saved"
                    : "evaluation.questionnaire.newVersion");
            return "redirect:/questionnaires/" + changed.id() + "/edit";
        } catch (DefinitionRefused e) {
            return refused(questionnaire.programmeId(), questionnaire, e, model);
        }
    }

    @GetMapping("/questionnaires/{id}/preview")
    @PreAuthorize("isAuthenticated()")
    String preview(@PathVariable long id, Model model) {
        var questionnaire = questionnaires.get(id);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("definition", questionnaire.definition());
        model.addAttribute("answers", java.util.Map.of());
        model.addAttribute("answerProblems", java.util.Map.of());
        model.addAttribute("programme", programme(questionnaire.programmeId()));
        return "evaluation/preview";
    }

    @GetMapping("/questionnaires/{id}/export")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
        return download(questionnaires, id, format);
    }

    static ResponseEntity<byte[]> download(QuestionnaireService questionnaires, long id, String format) {
        var questionnaire = questionnaires.get(id);
        String base = questionnaire.name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + questionnaire.number();
        boolean xlsx = format.equalsIgnoreCase("xlsx");
        byte[] body = xlsx ? questionnaires.exportXlsx(id) : questionnaires.exportJson(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(base + (xlsx ? ".xlsx" : ".json"), StandardCharsets.UTF_8).build().toString())
                .contentType(xlsx ? MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : MediaType.APPLICATION_JSON)
                .body(body);
    }

    private String refused(long programmeId, QuestionnaireView questionnaire, DefinitionRefused e, Model model) {
        model.addAttribute("problems", problems.byField(e.problems()));
        model.addAttribute("problemLines", problems.lines(e.problems()));
        return editor(programmeId, questionnaire, model);
    }

    private String editor(long programmeId, QuestionnaireView questionnaire, Model model) {
        model.addAttribute("programme", programme(programmeId));
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("origins", Origin.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", java.util.Map.of());
            model.addAttribute("problemLines", List.of());
        }
        return "evaluation/editor";
    }

    private org.tandem.programme.ProgrammeSummary programme(long programmeId) {
        return catalogue.all().stream().filter(p -> p.id() == programmeId).findFirst()
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
    }
}
