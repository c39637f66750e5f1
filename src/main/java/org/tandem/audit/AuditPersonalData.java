package org.tandem.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Erased;
import org.tandem.privacy.PersonalDataSource;

/**
 * The audit part of a person's data: what was done to their records or account (who read, downloaded or changed it)
 * and, for the whole person, what they did themselves (their sign-ins). A coordinator's export reaches the entries
 * about the records of their programmes only.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    AuditPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "audit";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        var where = new ArrayList<String>();
        if (!subject.personIds().isEmpty()) {
            where.add("e.subjectPersonId in :people");
        }
        if (!subject.enrolmentIds().isEmpty()) {
            where.add("e.subjectEnrolmentId in :enrolments");
        }
        if (subject.accountId() != null) {
            where.add("e.subjectAccountId = :account or e.actorAccountId = :account");
        }
        if (where.isEmpty()) {
            return List.of();
        }
        var query = entities.createQuery("select e from AuditEntry e where " + String.join(" or ", where)
                + " order by e.occurredAt, e.id", AuditEntry.class);
        if (!subject.personIds().isEmpty()) {
            query.setParameter("people", subject.personIds());
        }
        if (!subject.enrolmentIds().isEmpty()) {
            query.setParameter("enrolments", subject.enrolmentIds());
        }
        if (subject.accountId() != null) {
            query.setParameter("account", subject.accountId());
        }
        return query.getResultList().stream()
                .map(e -> DataRecord.of(e).with("occurredAt", e.occurredAt()).with("action", e.action())
                        .with("programmeId", e.programmeId()).with("detail", e.detail()))
                .toList();
    }

    /**
     * The entries stay (who read, changed or erased the records must remain provable, Art. 17(3)(b) and (e)), keyed by
     * ids that identify nobody after the erasure; what named the person goes: the address they signed in with or
     * tried, and the client address of what they did themselves.
     */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() == null && subject.email() == null) {
            return;
        }
        String placeholder = Erased.email("account", subject.accountId() == null ? 0 : subject.accountId());
        entities.createQuery("update AuditEntry e set e.actorDisplay = :placeholder, e.clientAddress = null "
                        + "where e.actorAccountId = :account or lower(e.actorDisplay) = :email")
                .setParameter("placeholder", placeholder)
                .setParameter("account", subject.accountId() == null ? -1L : subject.accountId())
                .setParameter("email", subject.email() == null ? "" : subject.email().toLowerCase(Locale.ROOT))
                .executeUpdate();
    }
}
