package org.tandem.duo.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.duo.AtRiskDuo;
import org.tandem.duo.DuoHealth;
import org.tandem.duo.DuoSettingsService;
import org.tandem.duo.DuoSettingsView;
import org.tandem.duo.FollowUpEntry;
import org.tandem.duo.HealthService;
import org.tandem.duo.StageEntry;
import org.tandem.duo.StagePlan;
import org.tandem.duo.StageProgressService;

/** A duo's stage progress and health, a cohort's at-risk list, and a programme's duo settings. */
@RestController
@RequestMapping("/api/v1")
class DuoHealthApiController {

    private final StageProgressService stages;
    private final HealthService health;
    private final DuoSettingsService settings;

    DuoHealthApiController(StageProgressService stages, HealthService health, DuoSettingsService settings) {
        this.stages = stages;
        this.health = health;
        this.settings = settings;
    }

    @GetMapping("/duos/{id}/stages")
    @PreAuthorize("isAuthenticated()")
    StagePlan stages(@PathVariable long id) {
        return stages.plan(id);
    }

    @PostMapping("/duos/{id}/stages")
    @PreAuthorize("isAuthenticated()")
    StagePlan recordStage(@PathVariable long id, @RequestBody StageEntry body) {
        stages.record(id, body);
        return stages.plan(id);
    }

    @GetMapping("/duos/{id}/health")
    @PreAuthorize("isAuthenticated()")
    DuoHealth health(@PathVariable long id) {
        return health.health(id);
    }

    @PostMapping("/duos/{id}/follow-ups")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoHealth followUp(@PathVariable long id, @RequestBody FollowUpEntry body) {
        health.followUp(id, body);
        return health.health(id);
    }

    @GetMapping("/cohorts/{cohortId}/at-risk")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<AtRiskDuo> atRisk(@PathVariable long cohortId) {
        return health.atRisk(cohortId);
    }

    @GetMapping("/programmes/{programmeId}/duo-settings")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoSettingsView settings(@PathVariable long programmeId) {
        return settings.view(programmeId);
    }

    @PutMapping("/programmes/{programmeId}/duo-settings")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoSettingsView changeSettings(@PathVariable long programmeId, @RequestBody DuoSettingsForm body) {
        settings.change(programmeId, body.toCommand());
        return settings.view(programmeId);
    }
}
