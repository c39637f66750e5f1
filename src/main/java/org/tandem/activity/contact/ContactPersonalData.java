package org.tandem.activity.contact;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.Erased;
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

    /** The moments stay (they are counted against the contact plan); their notes go and an erased author is unnamed. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.enrolmentIds().isEmpty() && subject.accountId() == null) {
            return;
        }
        var enrolments = subject.enrolmentIds().isEmpty() ? List.of(-1L) : subject.enrolmentIds();
        long account = subject.accountId() == null ? -1 : subject.accountId();
        entities.createQuery("update ContactMoment m set m.note = null, m.others = null, m.version = m.version + 1 "
                + "where m.mentorEnrolmentId in :ids or m.contactAccountId = :account")
                .setParameter("ids", enrolments).setParameter("account", account).executeUpdate();
        if (subject.email() != null) {
            String erased = Erased.email("account", account);
            entities.createQuery("update ContactMoment m set m.plannedBy = :erased where m.plannedBy = :email")
                    .setParameter("erased", erased).setParameter("email", subject.email()).executeUpdate();
            entities.createQuery("update ContactMoment m set m.recordedBy = :erased where m.recordedBy = :email")
                    .setParameter("erased", erased).setParameter("email", subject.email()).executeUpdate();
        }
    }
}
