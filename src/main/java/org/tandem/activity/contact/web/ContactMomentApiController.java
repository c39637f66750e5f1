package org.tandem.activity.contact.web;

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
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.activity.contact.ContactOverview;
import org.tandem.activity.contact.MentorMoments;
import org.tandem.activity.contact.MomentView;
import org.tandem.activity.contact.PlanView;

/**
 * Employer contact moments: a programme's plan and overview (coordinators), an employer contact's employees'
 * moments, a mentor's own, and planning, moving, cancelling and recording a moment.
 */
@RestController
@RequestMapping("/api/v1")
class ContactMomentApiController {

    private static final String KEEPERS = "hasAnyRole('ADMIN', 'COORDINATOR', 'EMPLOYER_CONTACT')";

    private final ContactMomentService contacts;

    ContactMomentApiController(ContactMomentService contacts) {
        this.contacts = contacts;
    }

    record CancelBody(Long version) {
    }

    @GetMapping("/programmes/{programmeId}/contact-plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    PlanView plan(@PathVariable long programmeId) {
        return contacts.plan(programmeId);
    }

    @PutMapping("/programmes/{programmeId}/contact-plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    PlanView definePlan(@PathVariable long programmeId, @RequestBody PlanForm body) {
        return contacts.definePlan(programmeId, body.toCommand());
    }

    @GetMapping("/programmes/{programmeId}/contact-moments")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ContactOverview programme(@PathVariable long programmeId) {
        return contacts.programme(programmeId);
    }

    @GetMapping("/my-employer/contact-moments")
    @PreAuthorize("hasRole('EMPLOYER_CONTACT')")
    List<ContactOverview> myEmployees() {
        return contacts.myEmployees();
    }

    @GetMapping("/my-contact-moments")
    @PreAuthorize("hasRole('MENTOR')")
    List<MentorMoments> mine() {
        return contacts.mine();
    }

    @PostMapping("/contact-moments")
    @PreAuthorize(KEEPERS)
    @ResponseStatus(HttpStatus.CREATED)
    MomentView planMoment(@RequestBody MomentForm body) {
        return contacts.planMoment(body.toCommand());
    }

    @PostMapping("/contact-moments/held")
    @PreAuthorize(KEEPERS)
    @ResponseStatus(HttpStatus.CREATED)
    MomentView recordHeld(@RequestBody RecordForm body) {
        return contacts.recordHeld(body.toCommand());
    }

    @GetMapping("/contact-moments/{id}")
    @PreAuthorize("isAuthenticated()")
    MomentView moment(@PathVariable long id) {
        return contacts.moment(id);
    }

    @PutMapping("/contact-moments/{id}")
    @PreAuthorize(KEEPERS)
    MomentView reschedule(@PathVariable long id, @RequestBody MomentForm body) {
        return contacts.reschedule(id, body.toCommand());
    }

    @PostMapping("/contact-moments/{id}/cancel")
    @PreAuthorize(KEEPERS)
    MomentView cancel(@PathVariable long id, @RequestBody(required = false) CancelBody body) {
        return contacts.cancel(id, body == null ? null : body.version());
    }

    @PutMapping("/contact-moments/{id}/record")
    @PreAuthorize(KEEPERS)
    MomentView record(@PathVariable long id, @RequestBody RecordForm body) {
        return contacts.record(id, body.toCommand());
    }
}
