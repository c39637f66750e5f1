package org.tandem.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.EnrolmentSummary;
import org.tandem.participant.EnrolmentView;
import org.tandem.participant.IntakeCheck;
import org.tandem.participant.PageOf;
import org.tandem.participant.ParticipantChange;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.Profile;

@RestController
@RequestMapping("/api/v1/participants")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@Tag(name = "Participants", description = "Enrolments of mentors and mentees, their intake and consents")
class ParticipantApiController {

    private final ParticipantQueries queries;
    private final EnrolmentService enrolments;
    private final ConsentService consents;

    ParticipantApiController(ParticipantQueries queries, EnrolmentService enrolments, ConsentService consents) {
        this.queries = queries;
        this.enrolments = enrolments;
        this.consents = consents;
    }

    record StatusRequest(@NotNull EnrolmentStatus status, @Size(max = 500) String reason) {
    }

    record IntakePlanRequest(@NotNull LocalDateTime at) {
    }

    record IntakeRequest(@Size(max = 4000) String notes, Set<IntakeCheck> checks) {
    }

    record ConsentRequest(@NotNull ConsentPurpose purpose) {
    }

    /** The versions are the ones read with GET; without them the change is not checked against newer ones. */
    record ChangeRequest(@NotNull @Valid PersonForm person, @NotNull @Valid Profile profile, Long siteId,
            Long employerId, @NotNull @Min(1) @Max(2) Integer capacity, Long version, Long personVersion) {

        ParticipantChange toCommand() {
            return new ParticipantChange(person.toData(), profile, siteId, employerId, capacity, version,
                    personVersion);
        }
    }

    @GetMapping
    @Operation(summary = "Participants of the caller's programmes, filtered, sorted and paged")
    PageOf<EnrolmentSummary> search(@ModelAttribute FilterForm filter) {
        return queries.search(filter.toFilter());
    }

    @GetMapping("/{id}")
    EnrolmentView get(@PathVariable long id) {
        return queries.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the person's details, the profile and the placement together, or none of them")
    EnrolmentView change(@PathVariable long id, @Valid @RequestBody ChangeRequest request) {
        enrolments.change(id, request.toCommand());
        return queries.get(id);
    }

    @PutMapping("/{id}/profile")
    EnrolmentView describe(@PathVariable long id, @Valid @RequestBody Profile profile) {
        enrolments.describe(id, profile);
        return queries.get(id);
    }

    @PostMapping("/{id}/intake-plan")
    EnrolmentView planIntake(@PathVariable long id, @Valid @RequestBody IntakePlanRequest request) {
        enrolments.planIntake(id, request.at());
        return queries.get(id);
    }

    @PostMapping("/{id}/intake")
    EnrolmentView recordIntake(@PathVariable long id, @Valid @RequestBody IntakeRequest request) {
        enrolments.recordIntake(id, request.notes(), request.checks() == null ? Set.of() : request.checks());
        return queries.get(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Eligible, rejected (reason), trained, ready to match or withdrawn (reason)")
    EnrolmentView changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
        enrolments.advance(id, request.status(), request.reason());
        return queries.get(id);
    }

    @PostMapping("/{id}/consents")
    EnrolmentView giveConsent(@PathVariable long id, @Valid @RequestBody ConsentRequest request) {
        consents.give(id, request.purpose());
        return queries.get(id);
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    EnrolmentView withdrawConsent(@PathVariable long id, @PathVariable long consentId) {
        consents.withdraw(id, consentId);
        return queries.get(id);
    }

    record BreakGlass(@Size(max = 500) String reason) {
    }

    /** Admins only: the sensitive record with a reason, recorded (see README, "Who sees sensitive data"). */
    @PostMapping("/{id}/sensitive/break-glass")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Admins: read the sensitive data of one enrolment, giving a reason that is recorded")
    EnrolmentView.SensitiveView breakGlass(@PathVariable long id, @Valid @RequestBody BreakGlass request) {
        return queries.breakGlass(id, request.reason());
    }
}
