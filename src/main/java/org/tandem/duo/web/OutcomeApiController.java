package org.tandem.duo.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.duo.DuoOutcomes;
import org.tandem.duo.FollowUpDue;
import org.tandem.duo.OutcomeMoment;
import org.tandem.duo.OutcomeService;

/** A closed duo's outcomes per moment (PUT records or corrects one), and the follow-ups due in a cohort. */
@RestController
@RequestMapping("/api/v1")
class OutcomeApiController {

    private final OutcomeService outcomes;

    OutcomeApiController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    record MentorContinues(Boolean mentorContinues) {
    }

    @GetMapping("/duos/{id}/outcomes")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoOutcomes get(@PathVariable long id) {
        return outcomes.of(id);
    }

    @PutMapping("/duos/{id}/outcomes/{moment}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoOutcomes record(@PathVariable long id, @PathVariable OutcomeMoment moment, @RequestBody OutcomeForm body) {
        return outcomes.record(id, moment, body.toCommand());
    }

    @PutMapping("/duos/{id}/mentor-continues")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoOutcomes mentorContinues(@PathVariable long id, @RequestBody MentorContinues body) {
        return outcomes.mentorContinues(id, body.mentorContinues());
    }

    @GetMapping("/duos/follow-ups")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<FollowUpDue> followUps(@RequestParam long cohortId) {
        return outcomes.followUpsDue(cohortId);
    }
}
