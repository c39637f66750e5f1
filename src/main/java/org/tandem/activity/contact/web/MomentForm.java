package org.tandem.activity.contact.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.activity.contact.MomentPlanning;
import org.tandem.activity.contact.MomentView;

/** The form to plan or move a contact moment, and the API's body (mentor and step only when planning). */
record MomentForm(Long mentorEnrolmentId, Integer step,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        String place, String onlineLink, Long version) {

    static MomentForm planning(Long mentorEnrolmentId, Integer step) {
        return new MomentForm(mentorEnrolmentId, step, null, null, null, null, null);
    }

    static MomentForm from(MomentView moment) {
        return new MomentForm(moment.mentorEnrolmentId(), moment.step(), moment.startsAt(), moment.endsAt(),
                moment.place(), moment.onlineLink(), moment.version());
    }

    MomentPlanning toCommand() {
        return new MomentPlanning(mentorEnrolmentId, step, startsAt, endsAt, place, onlineLink, version);
    }
}
