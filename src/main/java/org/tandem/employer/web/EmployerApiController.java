package org.tandem.employer.web;

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
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.employer.EmployerFilter;
import org.tandem.employer.EmployerService;
import org.tandem.employer.EmployerSummary;
import org.tandem.employer.EmployerView;
import org.tandem.employer.MyEmployerService;
import org.tandem.employer.PipelineStage;
import org.tandem.shared.Country;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/employers")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
@Tag(name = "Employers", description = "Employers, their contacts and their recruitment pipeline per programme")
class EmployerApiController {

    private final EmployerService employers;
    private final MyEmployerService myEmployer;
    private final AccountService accounts;

    EmployerApiController(EmployerService employers, MyEmployerService myEmployer, AccountService accounts) {
        this.employers = employers;
        this.myEmployer = myEmployer;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The employers recruited for the caller's programmes, filtered")
    List<EmployerSummary> list(String q, Long programmeId, PipelineStage stage, Boolean heavyProfession,
            Country country) {
        return employers.list(new EmployerFilter(q, programmeId, stage, heavyProfession, country));
    }

    @PostMapping
    @Operation(summary = "Create an employer as a prospect of one of the caller's programmes")
    ResponseEntity<EmployerView> create(@Valid @RequestBody EmployerForm form) {
        if (form.programmeId() == null) {
            throw new FieldException("programmeId", "employer.programme.required");
        }
        long id = employers.create(form.toDetails(), form.programmeId());
        return ResponseEntity.created(URI.create("/api/v1/employers/" + id)).body(employers.get(id));
    }

    /** An employer contact asking for an employer gets 404, their own one included: theirs is at /my-employer. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'EMPLOYER_CONTACT')")
    EmployerView get(@PathVariable long id) {
        var user = accounts.requireCurrent();
        if (!user.has(Role.ADMIN) && !user.has(Role.COORDINATOR)) {
            throw new NotFoundException("employer", id);
        }
        return employers.get(id);
    }

    @PutMapping("/{id}")
    EmployerView update(@PathVariable long id, @Valid @RequestBody EmployerForm form) {
        employers.describe(id, form.toDetails(), form.version());
        return employers.get(id);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    EmployerView addContact(@PathVariable long id, @Valid @RequestBody ContactForm form) {
        employers.addContact(id, form.toDetails());
        return employers.get(id);
    }

    @DeleteMapping("/{id}/contacts/{index}")
    EmployerView removeContact(@PathVariable long id, @PathVariable int index) {
        employers.removeContact(id, index);
        return employers.get(id);
    }

    @PostMapping("/{id}/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start recruiting the employer for another programme, as a prospect")
    EmployerView recruitFor(@PathVariable long id, @Valid @RequestBody RecruitForm form) {
        employers.recruitFor(id, form.programmeId());
        return employers.get(id);
    }

    @PostMapping("/{id}/programmes/{programmeId}/stage")
    @Operation(summary = "One step along the pipeline; DECLINED needs a reason")
    EmployerView moveTo(@PathVariable long id, @PathVariable long programmeId, @Valid @RequestBody StageForm form) {
        employers.moveTo(id, programmeId, form.stage(), form.reason());
        return employers.get(id);
    }

    @PutMapping("/{id}/programmes/{programmeId}/pledge")
    @Operation(summary = "The mentors the employer releases and the hours per month it facilitates")
    EmployerView pledge(@PathVariable long id, @PathVariable long programmeId, @Valid @RequestBody PledgeForm form) {
        employers.pledge(id, programmeId, form.mentors(), form.hoursPerMonth(), form.version());
        return employers.get(id);
    }
}
