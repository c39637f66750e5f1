package org.tandem.activity.contact.web;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.activity.contact.MomentRecording;
import org.tandem.activity.contact.MomentView;
import org.tandem.activity.contact.Taker;
import org.tandem.activity.contact.Topic;

/** The form to record a contact moment as held, and the API's body. */
record RecordForm(Long mentorEnrolmentId, Integer step,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, Set<Taker> tookPart, String others,
        Set<Topic> topics, String note, Long version) {

    static RecordForm fresh(Long mentorEnrolmentId, Integer step, LocalDate today) {
        return new RecordForm(mentorEnrolmentId, step, today, Set.of(Taker.MENTOR, Taker.EMPLOYER_CONTACT), null,
                Set.of(), null, null);
    }

    static RecordForm from(MomentView moment, LocalDate today) {
        if (moment.heldOn() != null) {
            return new RecordForm(moment.mentorEnrolmentId(), moment.step(), moment.heldOn(), moment.tookPart(),
                    moment.others(), moment.topics(), moment.note(), moment.version());
        }
        LocalDate day = moment.startsAt() != null && !moment.startsAt().toLocalDate().isAfter(today)
                ? moment.startsAt().toLocalDate() : today;
        return new RecordForm(moment.mentorEnrolmentId(), moment.step(), day,
                Set.of(Taker.MENTOR, Taker.EMPLOYER_CONTACT), null, Set.of(), null, moment.version());
    }

    MomentRecording toCommand() {
        return new MomentRecording(mentorEnrolmentId, step, heldOn, tookPart, others, topics, note, version);
    }
}
