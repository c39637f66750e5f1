package org.tandem.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.tandem.participant.EnrolmentView;

/** A coordinator edits a participant's details, profile and placement. */
record ParticipantForm(@Valid PersonForm person, @Valid ProfileForm profile, Long siteId, Long employerId,
        @NotNull @Min(1) @Max(2) Integer capacity) {

    static ParticipantForm from(EnrolmentView enrolment) {
        return new ParticipantForm(PersonForm.from(enrolment.person()), ProfileForm.from(enrolment.profile()),
                enrolment.summary().siteId(), enrolment.summary().employerId(), enrolment.summary().capacity());
    }
}
