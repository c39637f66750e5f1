package org.tandem.activity.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A contact moment as its employer contact, its mentor and the programme's coordinators see it. Nothing of the
 * mentee: a contact moment is about the mentor's role in the company.
 */
public record MomentView(long id, long programmeId, long employerId, String employerName, long mentorEnrolmentId,
        String mentorFirstName, String mentorLastName, Integer step, String stepName, MomentState state,
        LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink, LocalDate heldOn,
        Set<Taker> tookPart, String others, Set<Topic> topics, String note, long version) {

    static MomentView from(ContactMoment m, String employerName, String firstName, String lastName,
            String stepName) {
        return new MomentView(m.id(), m.programmeId(), m.employerId(), employerName, m.mentorEnrolmentId(),
                firstName, lastName, m.step(), stepName, m.state(), m.startsAt(), m.endsAt(), m.place(),
                m.onlineLink(), m.heldOn(), m.tookPart(), m.others(), m.topics(), m.note(), m.version());
    }

    public boolean planned() {
        return state == MomentState.PLANNED;
    }
}
