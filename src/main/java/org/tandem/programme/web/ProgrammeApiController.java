package org.tandem.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.programme.ProgrammeView;

@RestController
@RequestMapping("/api/v1/programmes")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@Tag(name = "Programmes", description = "Programmes with their stage plan, sites, cohorts and targets")
class ProgrammeApiController {

    private final ProgrammeService programmes;

    ProgrammeApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    record Created(long id) {
    }

    @GetMapping
    @Operation(summary = "The programmes the caller manages")
    List<ProgrammeSummary> list() {
        return programmes.list();
    }

    @PostMapping
    @Operation(summary = "Create a programme in draft; a coordinator who creates it is assigned to it")
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody ProgrammeForm form) {
        long id = programmes.create(form.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(programmes.get(id));
    }

    @GetMapping("/{id}")
    ProgrammeView get(@PathVariable long id) {
        return programmes.get(id);
    }

    @PutMapping("/{id}")
    ProgrammeView update(@PathVariable long id, @Valid @RequestBody ProgrammeForm form) {
        programmes.describe(id, form.toDetails(), form.version());
        return programmes.get(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the programme to its next status (recruiting, running, closed)")
    ProgrammeView changeStatus(@PathVariable long id, @Valid @RequestBody StatusForm form) {
        programmes.changeStatus(id, form.status());
        return programmes.get(id);
    }

    @PostMapping("/{id}/stages")
    @ResponseStatus(HttpStatus.CREATED)
    Created addStage(@PathVariable long id, @Valid @RequestBody StageForm stage) {
        return new Created(programmes.addStage(id, stage.name(), stage.description()));
    }

    @PutMapping("/{id}/stages/{stageId}")
    ProgrammeView changeStage(@PathVariable long id, @PathVariable long stageId,
            @Valid @RequestBody StageForm stage) {
        programmes.changeStage(id, stageId, stage.name(), stage.description(), stage.version());
        return programmes.get(id);
    }

    @DeleteMapping("/{id}/stages/{stageId}")
    ResponseEntity<Void> removeStage(@PathVariable long id, @PathVariable long stageId) {
        programmes.removeStage(id, stageId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/stages")
    @Operation(summary = "Reorder the stage plan: all stage ids of the programme, in their new order")
    ProgrammeView reorderStages(@PathVariable long id, @Valid @RequestBody StageOrder order) {
        programmes.reorderStages(id, order.stageIds());
        return programmes.get(id);
    }

    @PostMapping("/{id}/sites")
    @ResponseStatus(HttpStatus.CREATED)
    Created addSite(@PathVariable long id, @Valid @RequestBody SiteForm site) {
        return new Created(programmes.addSite(id, site.city(), site.country()));
    }

    @DeleteMapping("/{id}/sites/{siteId}")
    ResponseEntity<Void> removeSite(@PathVariable long id, @PathVariable long siteId) {
        programmes.removeSite(id, siteId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    Created addTarget(@PathVariable long id, @Valid @RequestBody TargetForm target) {
        return new Created(programmes.addTarget(id, target.metric(), target.comparator(), target.threshold()));
    }

    @PutMapping("/{id}/targets/{targetId}")
    ProgrammeView changeTarget(@PathVariable long id, @PathVariable long targetId,
            @Valid @RequestBody TargetForm target) {
        programmes.changeTarget(id, targetId, target.metric(), target.comparator(), target.threshold(),
                target.version());
        return programmes.get(id);
    }

    @DeleteMapping("/{id}/targets/{targetId}")
    ResponseEntity<Void> removeTarget(@PathVariable long id, @PathVariable long targetId) {
        programmes.removeTarget(id, targetId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/cohorts")
    List<CohortView> cohorts(@PathVariable long id) {
        return programmes.get(id).cohorts();
    }

    @PostMapping("/{id}/cohorts")
    ResponseEntity<CohortView> addCohort(@PathVariable long id, @Valid @RequestBody CohortForm cohort) {
        long cohortId = programmes.addCohort(id, cohort.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/cohorts/" + cohortId))
                .body(programmes.getCohort(id, cohortId));
    }

    @GetMapping("/{id}/cohorts/{cohortId}")
    CohortView cohort(@PathVariable long id, @PathVariable long cohortId) {
        return programmes.getCohort(id, cohortId);
    }

    @PutMapping("/{id}/cohorts/{cohortId}")
    CohortView changeCohort(@PathVariable long id, @PathVariable long cohortId,
            @Valid @RequestBody CohortForm cohort) {
        programmes.changeCohort(id, cohortId, cohort.toDetails(), cohort.version());
        return programmes.getCohort(id, cohortId);
    }

    @PostMapping("/{id}/cohorts/{cohortId}/close")
    CohortView closeCohort(@PathVariable long id, @PathVariable long cohortId) {
        programmes.closeCohort(id, cohortId);
        return programmes.getCohort(id, cohortId);
    }
}
