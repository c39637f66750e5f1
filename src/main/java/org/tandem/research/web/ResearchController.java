package org.tandem.research.web;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.research.ExportFile;
import org.tandem.research.ExportFormat;
import org.tandem.research.ResearchService;
import org.tandem.shared.FieldException;
import org.tandem.shared.Forms;

/**
 * The research pages: the projects list (with a form for coordinators), a project's page with its researchers, the
 * export buttons (researchers on it) and the export log (coordinators). The service answers 404 outside a user's scope.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
class ResearchController {

    private final ResearchService research;

    ResearchController(ResearchService research) {
        this.research = research;
    }

    @GetMapping("/research")
    String index(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProjectForm.empty());
        }
        model.addAttribute("projects", research.projects());
        model.addAttribute("programmes", research.programmesToStudy());
        return "research/index";
    }

    @PostMapping("/research/projects")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = research.create(form.programmeId(), form.name(), form.description());
                redirect.addFlashAttribute("notice", "research.project.created");
                return "redirect:/research/projects/" + id;
            } catch (FieldException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("showForm", true);
        return index(model);
    }

    @GetMapping("/research/projects/{id}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("project", research.project(id));
        return "research/project";
    }

    @PostMapping("/research/projects/{id}/researchers")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String addResearcher(@PathVariable long id, @Valid ResearcherForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            research.addResearcher(id, form.accountId());
            redirect.addFlashAttribute("notice", "research.researcher.added");
        }
        return "redirect:/research/projects/" + id;
    }

    @PostMapping("/research/projects/{id}/researchers/{accountId}/remove")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    String removeResearcher(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
        research.removeResearcher(id, accountId);
        redirect.addFlashAttribute("notice", "research.researcher.removed");
        return "redirect:/research/projects/" + id;
    }

    @GetMapping("/research/projects/{id}/export.zip")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    ResponseEntity<byte[]> exportZip(@PathVariable long id) {
        return download(research.export(id, ExportFormat.ZIP, false, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/research/projects/{id}/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
        return download(research.export(id, ExportFormat.XLSX, false, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/research/projects/{id}/sensitive.zip")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    ResponseEntity<byte[]> sensitiveZip(@PathVariable long id) {
        return download(research.export(id, ExportFormat.ZIP, true, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/research/projects/{id}/sensitive.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
    ResponseEntity<byte[]> sensitiveXlsx(@PathVariable long id) {
        return download(research.export(id, ExportFormat.XLSX, true, LocaleContextHolder.getLocale()));
    }

    static ResponseEntity<byte[]> download(ExportFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType())).body(file.bytes());
    }
}
