package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;

/** The participant module's part of a person's data: their records, enrolments with history, consents, sensitive data. */
@Component
class ParticipantPersonalData implements PersonalDataSource {

    private final EntityManager entities;
    private final ProgrammeCatalogue catalogue;

    ParticipantPersonalData(EntityManager entities, ProgrammeCatalogue catalogue) {
        this.entities = entities;
        this.catalogue = catalogue;
    }

    @Override
    public String module() {
        return "participant";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.personIds().isEmpty()) {
            return List.of();
        }
        var ids = subject.personIds();
        var records = new ArrayList<DataRecord>();
        entities.createQuery("select p from Person p where p.id in :ids order by p.id", Person.class)
                .setParameter("ids", ids).getResultList()
                .forEach(p -> records.add(DataRecord.of(p).with("programme", programme(p.programmeId()))));
        for (var e : entities.createQuery("select e from Enrolment e where e.person.id in :ids order by e.id",
                Enrolment.class).setParameter("ids", ids).getResultList()) {
            records.add(DataRecord.of(e).with("programme", programme(e.programmeId()))
                    .with("cohort", catalogue.cohort(e.cohortId()).map(CohortView::name).orElse(null))
                    .with("role", e.role()).with("appliedAt", e.appliedAt()).with("intakeAt", e.intakeAt()));
            e.history().forEach(change -> records.add(DataRecord.of(change).with("status", change.status())
                    .with("changedAt", change.changedAt()).with("programme", programme(e.programmeId()))));
        }
        entities.createQuery("select c from Consent c where c.personId in :ids order by c.givenAt, c.id",
                Consent.class).setParameter("ids", ids).getResultList()
                .forEach(c -> records.add(DataRecord.of(c).with("purpose", c.purpose())
                        .with("programme", programme(c.programmeId()))));
        entities.createQuery("select s from SensitiveRecord s where s.personId in :ids order by s.id",
                SensitiveRecord.class).setParameter("ids", ids).getResultList()
                .forEach(s -> records.add(DataRecord.of(s).with("recordedAt", s.recordedAt())));
        return records;
    }

    private String programme(Long programmeId) {
        return programmeId == null ? null : catalogue.rules(programmeId).map(ProgrammeRules::name).orElse(null);
    }
}
