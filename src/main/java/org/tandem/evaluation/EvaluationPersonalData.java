package org.tandem.evaluation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The evaluation part of a person's data: the survey invitations sent to them and the answers given through them.
 * Answers are stored under a respondent key, apart from the person; the invitation is what links them.
 */
@Component
class EvaluationPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    EvaluationPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "evaluation";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        var invitees = new ArrayList<String>();
        subject.enrolmentIds().forEach(id -> invitees.add(RespondentLink.enrolment(id)));
        if (subject.accountId() != null) {
            invitees.add(RespondentLink.account(subject.accountId()));
        }
        if (invitees.isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<DataRecord>();
        for (Object[] row : entities.createQuery("select i, w from SurveyInvitation i, SurveyWave w "
                + "where w.id = i.waveId and i.invitee in :invitees order by i.id", Object[].class)
                .setParameter("invitees", invitees).getResultList()) {
            var invitation = (SurveyInvitation) row[0];
            var wave = (SurveyWave) row[1];
            records.add(DataRecord.of(invitation).with("wave", wave.name()).with("sentAt", invitation.sentAt())
                    .with("answeredAt", invitation.answeredAt()));
            entities.createQuery("select r from SurveyResponse r where r.waveId = :wave and r.respondentKey = :key",
                    SurveyResponse.class).setParameter("wave", invitation.waveId())
                    .setParameter("key", invitation.responseKey()).getResultList()
                    .forEach(r -> records.add(DataRecord.of(r).with("wave", wave.name()).with("status", r.status())
                            .with("submittedAt", r.submittedAt())));
        }
        return records;
    }

    /**
     * The link between the person and their respondent key goes, and their invitations' links stop working. The
     * invitations stay as rows (the response rate counts them) and so do the answers, under a key nobody can trace.
     */
    @Override
    public void erase(DataSubject subject) {
        var invitees = new ArrayList<String>();
        subject.enrolmentIds().forEach(id -> invitees.add(RespondentLink.enrolment(id)));
        if (subject.accountId() != null) {
            invitees.add(RespondentLink.account(subject.accountId()));
        }
        if (invitees.isEmpty()) {
            return;
        }
        entities.createQuery("update SurveyInvitation i set i.tokenHash = concat('erased-', cast(i.id as String)), "
                + "i.version = i.version + 1 where i.invitee in :invitees")
                .setParameter("invitees", invitees).executeUpdate();
        entities.createQuery("delete from RespondentLink l where l.ref.invitee in :invitees")
                .setParameter("invitees", invitees).executeUpdate();
    }
}
