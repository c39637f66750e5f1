package org.tandem.matching;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The matching part of a person's data: the pairs runs proposed with them and the coordinators' decisions about those
 * pairs, with their reasons. The partner is named by role only; the score's breakdown stays in the run.
 */
@Component
class MatchingPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    MatchingPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "matching";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        var ids = subject.enrolmentIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        var runs = entities.createQuery("select distinct r from MatchingRun r join r.pairs p "
                + "where p.mentorId in :ids or p.menteeId in :ids order by r.id", MatchingRun.class)
                .setParameter("ids", ids).getResultList();
        var decided = entities.createQuery("select distinct r from MatchingRun r join r.decisions d "
                + "where d.mentorId in :ids or d.menteeId in :ids order by r.id", MatchingRun.class)
                .setParameter("ids", ids).getResultList();
        var records = new ArrayList<DataRecord>();
        for (var run : runs) {
            run.pairs().stream().filter(p -> ids.contains(p.mentorId()) || ids.contains(p.menteeId()))
                    .forEach(p -> records.add(DataRecord.of(p).with("run", run.id()).with("createdAt", run.createdAt())
                            .with("score", p.score()).with("origin", p.origin())
                            .with("publishedAt", run.publishedAt())));
        }
        for (var run : decided) {
            run.decisions().stream().filter(d -> ids.contains(d.key().mentorId()) || ids.contains(d.key().menteeId()))
                    .forEach(d -> records.add(DataRecord.of(d).with("run", run.id()).with("kind", d.kind())));
        }
        return records;
    }

    /** The runs stay as they were computed (scores, by enrolment id); the reasons written about the person's pairs go. */
    @Override
    public void erase(DataSubject subject) {
        var ids = subject.enrolmentIds();
        if (ids.isEmpty()) {
            return;
        }
        entities.createNativeQuery("update matching_run_pair set override_reason = null "
                + "where mentor_id in (?1) or mentee_id in (?1)").setParameter(1, ids).executeUpdate();
        entities.createNativeQuery("update matching_run_decision set reason = null "
                + "where mentor_id in (?1) or mentee_id in (?1)").setParameter(1, ids).executeUpdate();
    }
}
