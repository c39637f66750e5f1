package org.tandem.activity;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/** The training part of a person's data: sessions attended, modules completed, and when they counted as trained. */
@Component
class TrainingPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    TrainingPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "activity";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        var ids = subject.enrolmentIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<DataRecord>();
        for (Object[] row : entities.createQuery("select s, m.name from TrainingSession s join s.present p, "
                + "TrainingModule m where m.id = s.moduleId and p in :ids order by s.startsAt", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            var session = (TrainingSession) row[0];
            records.add(DataRecord.named("TrainingSession").with("module", row[1])
                    .with("startsAt", session.startsAt()).with("place", session.place()).with("attended", true));
        }
        for (Object[] row : entities.createQuery("select c, m.name from TrainingCompletion c, TrainingModule m "
                + "where m.id = c.moduleId and c.enrolmentId in :ids order by c.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            records.add(DataRecord.named("TrainingCompletion").with("module", row[1]));
        }
        entities.createQuery("select r from TrainingResult r where r.enrolmentId in :ids", TrainingResult.class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> records.add(DataRecord.named("TrainingResult").with("trainedAt", r.trainedAt())));
        return records;
    }

    /** Attendance, completions and the trained date hold no identity of their own and feed the training figures. */
    @Override
    public void erase(DataSubject subject) {
        // nothing to erase: the rows are keyed by an enrolment whose person is anonymised by the participant module
    }
}
