package org.tandem.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.employer.MentorView;
import org.tandem.employer.MyEmployerService;
import org.tandem.employer.MyEmployerView;

@RestController
@RequestMapping("/api/v1/my-employer")
@PreAuthorize("hasRole('EMPLOYER_CONTACT')")
@Tag(name = "My employer", description = "The employer contact's own employer, its pledges and nominated mentors")
class MyEmployerApiController {

    private final MyEmployerService myEmployer;

    MyEmployerApiController(MyEmployerService myEmployer) {
        this.myEmployer = myEmployer;
    }

    @GetMapping
    MyEmployerView get() {
        return myEmployer.get();
    }

    @GetMapping("/mentors/{enrolmentId}")
    MentorView mentor(@PathVariable long enrolmentId) {
        return myEmployer.mentor(enrolmentId);
    }

    @PostMapping("/mentors")
    @Operation(summary = "Nominate an employee as a mentor in a cohort of a programme the employer committed to")
    ResponseEntity<MentorView> nominate(@Valid @RequestBody NominationForm form) {
        long id = myEmployer.nominate(form.toNomination());
        return ResponseEntity.created(URI.create("/api/v1/my-employer/mentors/" + id)).body(myEmployer.mentor(id));
    }
}
