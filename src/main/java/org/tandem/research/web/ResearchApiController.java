package org.tandem.research.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.research.ExportFormat;
import org.tandem.research.ExportLogLine;
import org.tandem.research.ResearchProjectSummary;
import org.tandem.research.ResearchProjectView;
import org.tandem.research.ResearchService;

/** Research projects, their researchers, their exports (a ZIP of CSV files or a workbook) and the export log. */
@RestController
@RequestMapping("/api/v1/research")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'RESEARCHER')")
class ResearchApiController {

    private final ResearchService research;

    ResearchApiController(ResearchService research) {
        this.research = research;
    }

    @GetMapping("/projects")
    List<ResearchProjectSummary> projects() {
        return research.projects();
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Map<String, Long> create(@Valid @RequestBody ProjectForm body) {
        return Map.of("id", research.create(body.programmeId(), body.name(), body.description()));
    }

    @GetMapping("/projects/{id}")
    ResearchProjectView project(@PathVariable long id) {
        return research.project(id);
    }

    @PostMapping("/projects/{id}/researchers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    void addResearcher(@PathVariable long id, @Valid @RequestBody ResearcherForm body) {
        research.addResearcher(id, body.accountId());
    }

    @DeleteMapping("/projects/{id}/researchers/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    void removeResearcher(@PathVariable long id, @PathVariable long accountId) {
        research.removeResearcher(id, accountId);
    }

    @GetMapping("/projects/{id}/exports")
    List<ExportLogLine> log(@PathVariable long id) {
        return research.log(id);
    }

    /** The export itself: {@code format=ZIP} or {@code XLSX}; {@code sensitive=true} for the migration-background file. */
    @GetMapping("/projects/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "ZIP") ExportFormat format,
            @RequestParam(defaultValue = "false") boolean sensitive) {
        return ResearchController.download(research.export(id, format, sensitive, LocaleContextHolder.getLocale()));
    }
}
