package org.tandem.activity.intervision;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.Erased;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The intervision part of a person's data: the groups they are a member of with their attendance, and the groups
 * they facilitate with their session notes. A member's export does not carry the facilitator's details nor the
 * facilitator's notes on the group, which are about the group as a whole.
 */
@Component
class IntervisionPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    IntervisionPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "activity";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        var records = new ArrayList<DataRecord>();
        var ids = subject.enrolmentIds();
        if (!ids.isEmpty()) {
            var groups = entities.createQuery("select distinct g from IntervisionGroup g join g.members m "
                    + "where m.enrolmentId in :ids", IntervisionGroup.class).setParameter("ids", ids).getResultList();
            for (var group : groups) {
                records.add(DataRecord.named("IntervisionMembership").with("group", group.name()));
                var mine = group.memberIds().stream().filter(ids::contains).toList();
                for (var session : sessions(group.id())) {
                    mine.stream().filter(session.attendance()::containsKey).forEach(member -> records.add(
                            DataRecord.named("IntervisionAttendance").with("group", group.name())
                                    .with("startsAt", session.startsAt())
                                    .with("present", session.attendance().get(member))));
                }
            }
        }
        if (subject.accountId() != null || subject.email() != null) {
            long account = subject.accountId() == null ? -1 : subject.accountId();
            var facilitated = entities.createQuery("select g from IntervisionGroup g where g.facilitatorAccountId = "
                    + ":account or g.facilitatorEmail = :email order by g.id", IntervisionGroup.class)
                    .setParameter("account", account).setParameter("email", String.valueOf(subject.email()))
                    .getResultList();
            for (var group : facilitated) {
                records.add(DataRecord.of(group).with("group", group.name()));
                sessions(group.id()).forEach(s -> records.add(DataRecord.of(s).with("group", group.name())
                        .with("startsAt", s.startsAt()).with("themes", s.themes())));
            }
        }
        return records;
    }

    private List<IntervisionSession> sessions(long groupId) {
        return entities.createQuery("select s from IntervisionSession s where s.groupId = :group "
                + "order by s.startsAt, s.id", IntervisionSession.class).setParameter("group", groupId)
                .getResultList();
    }

    /**
     * A member's attendance stays (the attendance rate is made of it). A facilitator is unnamed on their groups, and the
     * notes of those groups' sessions go with them.
     */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() == null && subject.email() == null) {
            return;
        }
        long account = subject.accountId() == null ? -1 : subject.accountId();
        var groups = entities.createQuery("select g.id from IntervisionGroup g where g.facilitatorAccountId = :account "
                + "or g.facilitatorEmail = :email", Long.class).setParameter("account", account)
                .setParameter("email", String.valueOf(subject.email())).getResultList();
        if (groups.isEmpty()) {
            return;
        }
        entities.createQuery("update IntervisionSession s set s.note = null, s.version = s.version + 1 "
                + "where s.groupId in :groups").setParameter("groups", groups).executeUpdate();
        if (subject.email() != null) {
            entities.createQuery("update IntervisionSession s set s.recordedBy = :erased where s.recordedBy = :email")
                    .setParameter("erased", Erased.email("account", account)).setParameter("email", subject.email())
                    .executeUpdate();
        }
        for (long group : groups) {
            entities.createQuery("update IntervisionGroup g set g.facilitatorName = :name, g.facilitatorEmail = :email, "
                    + "g.facilitatorAccountId = null, g.version = g.version + 1 where g.id = :group")
                    .setParameter("name", Erased.name(group)).setParameter("email", Erased.email("facilitator", group))
                    .setParameter("group", group).executeUpdate();
        }
    }
}
