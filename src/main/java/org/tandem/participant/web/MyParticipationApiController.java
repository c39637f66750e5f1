package org.tandem.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.MyParticipation;
import org.tandem.participant.OwnConsents;
import org.tandem.participant.OwnEnrolment;

/** A participant's own enrolments and consents by API: what they agreed to, withdrawal, agreeing again. */
@RestController
@PreAuthorize("hasAnyRole('MENTOR', 'MENTEE')")
@Tag(name = "Me", description = "The signed-in participant's own enrolments and consents")
class MyParticipationApiController {

    private final MyParticipation mine;

    MyParticipationApiController(MyParticipation mine) {
        this.mine = mine;
    }

    @GetMapping("/api/v1/me/enrolments")
    List<OwnEnrolment> api() {
        return mine.enrolments();
    }

    record AgreeRequest(@NotNull ConsentPurpose purpose) {
    }

    @GetMapping("/api/v1/me/consents")
    @Operation(summary = "My consents per programme: the version agreed to and when, the version in effect now")
    List<OwnConsents> consentsApi() {
        return mine.consents();
    }

    /** Agrees to the purpose's current text: a first consent, or again after the text changed. */
    @PostMapping("/api/v1/me/programmes/{programmeId}/consents")
    List<OwnConsents> agreeApi(@PathVariable long programmeId,
            @Valid @RequestBody AgreeRequest request) {
        mine.give(programmeId, request.purpose());
        return mine.consents();
    }

    @PostMapping("/api/v1/me/consents/{consentId}/withdraw")
    List<OwnConsents> withdrawApi(@PathVariable long consentId) {
        mine.withdraw(consentId);
        return mine.consents();
    }
}
