package org.tandem.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.tandem.participant.EnrolmentView;
import org.tandem.participant.ParticipantChange;

/**
 * A coordinator edits a participant's details, profile and placement; the versions are those the form was filled
 * from. The same shape is the API's request body, where the profile is a plain {@code Profile}-like form too.
 */
record ParticipantForm(@Valid PersonForm person, @Valid ProfileForm profile, Long siteId, Long employerId,
        @NotNull @Min(1) @Max(2) Integer capacity, Long version, Long personVersion) {

    static ParticipantForm from(EnrolmentView enrolment) {
        return new ParticipantForm(PersonForm.from(enrolment.person()), ProfileForm.from(enrolment.profile()),
                enrolment.summary().siteId(), enrolment.summary().employerId(), enrolment.summary().capacity(),
                enrolment.version(), enrolment.personVersion());
    }

    ParticipantChange toCommand() {
        return new ParticipantChange(person.toData(), profile == null ? ProfileForm.empty().toProfile()
                : profile.toProfile(), siteId, employerId, capacity, version, personVersion);
    }

    /** Where a refusal of the change shows on this form: the person's fields sit inside {@code person}. */
    static String path(String field) {
        return "email".equals(field) ? "person.email" : field;
    }
}
