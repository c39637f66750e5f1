package org.tandem.activity.workshop.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.activity.workshop.Candidate;
import org.tandem.activity.workshop.MyWorkshop;
import org.tandem.activity.workshop.RegistrantView;
import org.tandem.activity.workshop.WorkshopService;
import org.tandem.activity.workshop.WorkshopView;

/**
 * Workshops in the API. Coordinators: a programme's themes and workshops, planning, changing and calling one off,
 * registrants, registering somebody, giving up somebody's place, attendance and walk-ins. Participants and employer
 * contacts: their workshops, registering and cancelling themselves.
 */
@RestController
@RequestMapping("/api/v1")
class WorkshopApiController {

    private static final String COORDINATORS = "hasAnyRole('ADMIN', 'COORDINATOR')";
    private static final String TAKING_PART = "hasAnyRole('MENTOR', 'MENTEE', 'EMPLOYER_CONTACT')";

    private final WorkshopService workshops;

    WorkshopApiController(WorkshopService workshops) {
        this.workshops = workshops;
    }

    record ThemesRequest(List<String> themes, Long version) {
    }

    record EnrolmentRequest(Long enrolmentId) {
    }

    record AttendanceRequest(Boolean present) {
    }

    @GetMapping("/programmes/{programmeId}/workshop-themes")
    @PreAuthorize(COORDINATORS)
    WorkshopService.Themes themes(@PathVariable long programmeId) {
        return workshops.themes(programmeId);
    }

    @PutMapping("/programmes/{programmeId}/workshop-themes")
    @PreAuthorize(COORDINATORS)
    WorkshopService.Themes defineThemes(@PathVariable long programmeId, @RequestBody ThemesRequest body) {
        return workshops.defineThemes(programmeId, body.themes(), body.version());
    }

    @GetMapping("/programmes/{programmeId}/workshops")
    @PreAuthorize(COORDINATORS)
    List<WorkshopView> list(@PathVariable long programmeId) {
        return workshops.workshops(programmeId);
    }

    @PostMapping("/programmes/{programmeId}/workshops")
    @PreAuthorize(COORDINATORS)
    @ResponseStatus(HttpStatus.CREATED)
    WorkshopView plan(@PathVariable long programmeId, @RequestBody WorkshopForm body) {
        return workshops.plan(programmeId, body.toCommand());
    }

    @GetMapping("/workshops/{id}")
    @PreAuthorize(COORDINATORS)
    WorkshopView workshop(@PathVariable long id) {
        return workshops.workshop(id);
    }

    @PutMapping("/workshops/{id}")
    @PreAuthorize(COORDINATORS)
    WorkshopView change(@PathVariable long id, @RequestBody WorkshopForm body) {
        return workshops.change(id, body.toCommand());
    }

    @PostMapping("/workshops/{id}/cancellation")
    @PreAuthorize(COORDINATORS)
    WorkshopView cancel(@PathVariable long id) {
        return workshops.cancel(id);
    }

    @GetMapping("/workshops/{id}/registrations")
    @PreAuthorize(COORDINATORS)
    List<RegistrantView> registrants(@PathVariable long id) {
        return workshops.registrants(id);
    }

    @GetMapping("/workshops/{id}/candidates")
    @PreAuthorize(COORDINATORS)
    List<Candidate> candidates(@PathVariable long id, @RequestParam String q,
            @RequestParam(defaultValue = "false") boolean walkIn) {
        return workshops.candidates(id, q, walkIn);
    }

    @PostMapping("/workshops/{id}/registrations")
    @PreAuthorize(COORDINATORS)
    @ResponseStatus(HttpStatus.CREATED)
    RegistrantView register(@PathVariable long id, @RequestBody EnrolmentRequest body) {
        return workshops.registerSomebody(id, body.enrolmentId());
    }

    @DeleteMapping("/workshops/{id}/registrations/{registrationId}")
    @PreAuthorize(COORDINATORS)
    RegistrantView cancelRegistration(@PathVariable long id, @PathVariable long registrationId) {
        return workshops.cancelRegistration(id, registrationId);
    }

    @PutMapping("/workshops/{id}/registrations/{registrationId}/attendance")
    @PreAuthorize(COORDINATORS)
    RegistrantView attendance(@PathVariable long id, @PathVariable long registrationId,
            @RequestBody AttendanceRequest body) {
        return workshops.markAttendance(id, registrationId, Boolean.TRUE.equals(body.present()));
    }

    @PostMapping("/workshops/{id}/walk-ins")
    @PreAuthorize(COORDINATORS)
    @ResponseStatus(HttpStatus.CREATED)
    RegistrantView walkIn(@PathVariable long id, @RequestBody EnrolmentRequest body) {
        return workshops.walkIn(id, body.enrolmentId());
    }

    @GetMapping("/me/workshops")
    @PreAuthorize(TAKING_PART)
    List<MyWorkshop> mine() {
        return workshops.mine();
    }

    @GetMapping("/me/workshops/{id}")
    @PreAuthorize(TAKING_PART)
    MyWorkshop mine(@PathVariable long id) {
        return workshops.mine(id);
    }

    @PostMapping("/me/workshops/{id}/registration")
    @PreAuthorize(TAKING_PART)
    MyWorkshop registerMe(@PathVariable long id) {
        return workshops.register(id);
    }

    @DeleteMapping("/me/workshops/{id}/registration")
    @PreAuthorize(TAKING_PART)
    MyWorkshop cancelMine(@PathVariable long id) {
        return workshops.cancelMine(id);
    }
}
