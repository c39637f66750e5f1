package org.tandem.activity.contact;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The contact-moment part of a person's data: moments between their employer and them as a mentor, or them as contact. */
@Component
class ContactPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    ContactPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "activity";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.enrolmentIds().isEmpty() && subject.accountId() == null) {
            return List.of();
        }
        // -1 matches nothing: an empty "in" list is not portable, and a coordinator's export has no account
        var enrolments = subject.enrolmentIds().isEmpty() ? List.of(-1L) : subject.enrolmentIds();
        long account = subject.accountId() == null ? -1 : subject.accountId();
        return entities.createQuery("select m from ContactMoment m where m.mentorEnrolmentId in :ids "
                + "or m.contactAccountId = :account order by m.startsAt, m.id", ContactMoment.class)
                .setParameter("ids", enrolments).setParameter("account", account).getResultList().stream()
                .map(m -> DataRecord.of(m).with("step", m.step()).with("state", m.state())
                        .with("startsAt", m.startsAt()).with("heldOn", m.heldOn()).with("tookPart", m.tookPart())
                        .with("topics", m.topics()))
                .toList();
    }
}
