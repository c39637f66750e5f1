package org.tandem.notification;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The notification part of a person's data: the mails sent (or queued) to their address. */
@Component
class NotificationPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    NotificationPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "notification";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.email() == null) {
            return List.of();
        }
        return entities.createQuery("select m from OutboxMessage m where lower(m.recipient) = :email "
                + "order by m.createdAt, m.id", OutboxMessage.class).setParameter("email", subject.email())
                .getResultList().stream()
                .map(m -> DataRecord.of(m).with("kind", m.kind()).with("status", m.status())
                        .with("createdAt", m.createdAt()).with("sentAt", m.sentAt()))
                .toList();
    }

    /** The mails to the person go, sent or still queued: a queued one is never sent. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.email() != null) {
            entities.createQuery("delete from OutboxMessage m where lower(m.recipient) = :email")
                    .setParameter("email", subject.email()).executeUpdate();
        }
    }
}
