package org.tandem.activity.calendar;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The calendar part of a person's data: their personal calendar feeds (the token is said to be held, never shown). */
@Component
class CalendarPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    CalendarPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "activity";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.accountId() == null) {
            return List.of();
        }
        return entities.createQuery("select f from CalendarFeed f where f.accountId = :account order by f.createdAt",
                CalendarFeed.class).setParameter("account", subject.accountId()).getResultList().stream()
                .map(f -> DataRecord.of(f).with("createdAt", f.createdAt()).with("revokedAt", f.revokedAt()))
                .toList();
    }

    /** The feed's secret link goes. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() != null) {
            entities.createQuery("delete from CalendarFeed f where f.accountId = :account")
                    .setParameter("account", subject.accountId()).executeUpdate();
        }
    }
}
