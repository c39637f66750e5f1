package org.tandem.activity.workshop;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The workshop part of a person's data: their registrations, with the workshop and whether they came. */
@Component
class WorkshopPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    WorkshopPersonalData(EntityManager entities) {
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
        return entities.createQuery("select r from Registration r join fetch r.workshop w where r.enrolmentId in :ids "
                + "or r.accountId = :account order by w.startsAt, r.id", Registration.class)
                .setParameter("ids", enrolments).setParameter("account", account).getResultList().stream()
                .map(r -> DataRecord.of(r).with("workshop", r.workshop().title())
                        .with("startsAt", r.workshop().startsAt()).with("status", r.status())
                        .with("registeredAt", r.registeredAt()).with("attended", r.attended()))
                .toList();
    }

    /** Registrations stay (attendance and no-shows are counted from them), without the name. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.enrolmentIds().isEmpty() && subject.accountId() == null) {
            return;
        }
        var enrolments = subject.enrolmentIds().isEmpty() ? List.of(-1L) : subject.enrolmentIds();
        long account = subject.accountId() == null ? -1 : subject.accountId();
        entities.createQuery("update Registration r set r.accountName = null, r.version = r.version + 1 "
                + "where r.enrolmentId in :ids or r.accountId = :account")
                .setParameter("ids", enrolments).setParameter("account", account).executeUpdate();
    }
}
