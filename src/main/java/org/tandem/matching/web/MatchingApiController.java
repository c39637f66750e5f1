package org.tandem.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.CriterionSetting;
import org.tandem.matching.MatchingService;
import org.tandem.matching.RunView;
import org.tandem.participant.LanguageLevel;

@RestController
@RequestMapping("/api/v1/matching")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@Tag(name = "Matching", description = "Matching profiles, runs, their review and publication")
class MatchingApiController {

    private final MatchingService matching;

    MatchingApiController(MatchingService matching) {
        this.matching = matching;
    }

    record PairRequest(@NotNull Long mentorId, @NotNull Long menteeId, @Size(max = 500) String overrideReason) {
    }

    record SwapRequest(@NotNull Long menteeId, @NotNull Long otherMenteeId, @Size(max = 500) String overrideReason) {
    }

    /** The version is the profile's as read with GET (optional): a profile changed since is not overwritten. */
    record ProfileRequest(@NotNull List<CriterionSetting> settings, LanguageLevel minimumLanguageLevel, Long version) {
    }

    record Published(long runId, int created) {
    }

    @GetMapping("/cohorts/{cohortId}/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<RunView.Summary> runs(@PathVariable long cohortId) {
        return matching.runs(cohortId);
    }

    @PostMapping("/cohorts/{cohortId}/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Operation(summary = "Match the cohort's pool of people ready to match: a new run")
    RunView run(@PathVariable long cohortId) {
        return matching.view(matching.run(cohortId));
    }

    @GetMapping("/runs/{runId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView get(@PathVariable long runId) {
        return matching.view(runId);
    }

    @PostMapping("/runs/{runId}/locks")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView lock(@PathVariable long runId, @Valid @RequestBody PairRequest pair) {
        matching.lock(runId, pair.mentorId(), pair.menteeId());
        return matching.view(runId);
    }

    @PostMapping("/runs/{runId}/exclusions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView exclude(@PathVariable long runId, @Valid @RequestBody PairRequest pair) {
        matching.exclude(runId, pair.mentorId(), pair.menteeId());
        return matching.view(runId);
    }

    @PostMapping("/runs/{runId}/manual-pairs")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Operation(summary = "Add a pair; one that breaks a hard rule needs overrideReason (409 without)")
    RunView manual(@PathVariable long runId, @Valid @RequestBody PairRequest pair) {
        matching.addManualPair(runId, pair.mentorId(), pair.menteeId(), pair.overrideReason());
        return matching.view(runId);
    }

    @PostMapping("/runs/{runId}/swaps")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Operation(summary = "Swap the mentors of two proposed pairs; a swap breaking a hard rule needs overrideReason "
            + "(409 without)")
    RunView swap(@PathVariable long runId, @Valid @RequestBody SwapRequest swap) {
        matching.swap(runId, swap.menteeId(), swap.otherMenteeId(), swap.overrideReason());
        return matching.view(runId);
    }

    @PostMapping("/runs/{runId}/rerun")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView rerun(@PathVariable long runId) {
        return matching.view(matching.rerun(runId));
    }

    @PostMapping("/runs/{runId}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    @Operation(summary = "Turn the accepted pairs into proposed duos; publishing again creates nothing")
    Published publish(@PathVariable long runId) {
        return new Published(runId, matching.publish(runId));
    }

    @GetMapping("/runs/{runId}/compare/{otherRunId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView.Comparison compare(@PathVariable long runId, @PathVariable long otherRunId) {
        return matching.compare(runId, otherRunId);
    }

    @GetMapping("/enrolments/{enrolmentId}/suggestions")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView.Suggestions suggestions(@PathVariable long enrolmentId) {
        return matching.suggestions(enrolmentId);
    }

    @GetMapping("/programmes/{programmeId}/profile")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView.ProfileView profile(@PathVariable long programmeId) {
        return matching.profile(programmeId);
    }

    @PutMapping("/programmes/{programmeId}/profile")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    RunView.ProfileView changeProfile(@PathVariable long programmeId, @Valid @RequestBody ProfileRequest request) {
        matching.changeProfile(programmeId, request.settings(), request.minimumLanguageLevel(), request.version());
        return matching.profile(programmeId);
    }
}
