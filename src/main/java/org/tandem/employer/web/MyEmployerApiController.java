package org.tandem.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

    /**
     * Answered 202 with the nomination as sent, whether or not the address was already known to the programme: a
     * known person is asked by mail and attached only if they agree, and the answer must not tell which it was.
     */
    @PostMapping("/mentors")
    @Operation(summary = "Nominate an employee as a mentor in a cohort of a programme the employer committed to",
            description = "Accepted (202) with the nomination as sent; the nominee appears among the employer's "
                    + "mentors once the programme has them as a mentor of this employer.")
    ResponseEntity<NominationReceived> nominate(@Valid @RequestBody NominationForm form) {
        var nomination = form.toNomination();
        myEmployer.nominate(nomination);
        return ResponseEntity.accepted().body(NominationReceived.of(nomination));
    }

    record NominationReceived(long cohortId, String firstName, String lastName, String email, Integer birthYear) {

        static NominationReceived of(org.tandem.employer.Nomination n) {
            return new NominationReceived(n.cohortId(), n.firstName().trim(), n.lastName().trim(), n.email().trim(),
                    n.birthYear());
        }
    }
}
