package org.tandem.research;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The research part of a person's data: the exports they made as a researcher (the log keeps their name). */
@Component
class ResearchExportPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    ResearchExportPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "research";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.accountId() == null) {
            return List.of();
        }
        return entities.createQuery("select e from ResearchExport e where e.accountId = :account order by e.id",
                ResearchExport.class).setParameter("account", subject.accountId()).getResultList().stream()
                .map(e -> DataRecord.of(e).with("exportedAt", e.line().exportedAt()))
                .toList();
    }

    /** The export log keeps what was exported and when, without the researcher's name. */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() != null) {
            entities.createQuery("update ResearchExport e set e.accountName = :name where e.accountId = :account")
                    .setParameter("name", "Erased account " + subject.accountId())
                    .setParameter("account", subject.accountId()).executeUpdate();
        }
    }
}
