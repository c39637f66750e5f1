package org.tandem.duo.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.duo.DuoDetails;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoSide;
import org.tandem.duo.DuoView;
import org.tandem.duo.EndReason;

/** Duos and their lifecycle steps; every answer is the duo as the caller may see it afterwards. */
@RestController
@RequestMapping("/api/v1")
class DuoApiController {

    private final DuoService duos;

    DuoApiController(DuoService duos) {
        this.duos = duos;
    }

    record Decline(DuoSide side, EndReason reason, String note) {
    }

    record OnBehalf(DuoSide side) {
    }

    record Introduction(Instant at) {
    }

    record Pause(String reason) {
    }

    record Closing(LocalDate endedOn, EndReason reason, String note, Boolean mentorContinues) {
    }

    @GetMapping("/duos")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    List<DuoView> inCohort(@RequestParam long cohortId) {
        return duos.inCohort(cohortId);
    }

    @GetMapping("/duos/{id}")
    @PreAuthorize("isAuthenticated()")
    DuoDetails get(@PathVariable long id) {
        return duos.details(id);
    }

    @GetMapping("/me/duos")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    List<DuoDetails> mine() {
        return duos.mine();
    }

    @PostMapping("/duos/{id}/confirm")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    DuoDetails confirm(@PathVariable long id) {
        duos.confirm(id);
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/decline")
    @PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
    DuoDetails decline(@PathVariable long id, @RequestBody Decline body) {
        duos.decline(id, body.reason(), body.note());
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/confirm-on-behalf")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails confirmOnBehalf(@PathVariable long id, @RequestBody OnBehalf body) {
        duos.confirmOnBehalf(id, body.side());
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/decline-on-behalf")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails declineOnBehalf(@PathVariable long id, @RequestBody Decline body) {
        duos.declineOnBehalf(id, body.side(), body.reason(), body.note());
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/introduction")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails introduction(@PathVariable long id, @RequestBody Introduction body) {
        duos.planIntroduction(id, body.at());
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/pause")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails pause(@PathVariable long id, @RequestBody Pause body) {
        duos.pause(id, body.reason());
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/resume")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails resume(@PathVariable long id) {
        duos.resume(id);
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/complete")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails complete(@PathVariable long id, @RequestBody Closing body) {
        duos.complete(id, body.endedOn(), body.mentorContinues());
        return duos.details(id);
    }

    @PostMapping("/duos/{id}/end-early")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    DuoDetails endEarly(@PathVariable long id, @RequestBody Closing body) {
        duos.endEarly(id, body.reason(), body.note(), body.endedOn(), body.mentorContinues());
        return duos.details(id);
    }
}
