package org.tandem.reporting;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The reporting part of a person's data: the funder reports they made (their name on it and the text they wrote). */
@Component
class FunderReportPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    FunderReportPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "reporting";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.accountId() == null) {
            return List.of();
        }
        return entities.createQuery("select r from FunderReport r where r.authorId = :account order by r.id",
                FunderReport.class).setParameter("account", subject.accountId()).getResultList().stream()
                .map(r -> DataRecord.of(r).with("programmeId", r.programmeId()))
                .toList();
    }

    /** A report is kept as the funder received it (its PDF and text, about the programme); its author is unnamed. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() != null) {
            entities.createQuery("update FunderReport r set r.authorName = :name, "
                    + "r.version = r.version + 1 where r.authorId = :account")
                    .setParameter("name", "Erased account " + subject.accountId())
                    .setParameter("account", subject.accountId()).executeUpdate();
        }
    }
}
