package org.tandem.duo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.participant.EnrolmentWithdrawn;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Erased;
import org.tandem.privacy.PersonalDataSource;

/**
 * The duo module's part of a person's data: their duos, agreements, meetings, stages, outcomes and follow-ups, and the
 * private notes they wrote themselves. A partner's private note is never part of it: notes are read by author only.
 */
@Component
class DuoPersonalData implements PersonalDataSource {

    private final EntityManager entities;
    private final PrivateNoteRepository privateNotes;
    private final DuoService service;
    private final ParticipantQueries participants;

    DuoPersonalData(EntityManager entities, PrivateNoteRepository privateNotes, DuoService service,
            ParticipantQueries participants) {
        this.entities = entities;
        this.privateNotes = privateNotes;
        this.service = service;
        this.participants = participants;
    }

    @Override
    public String module() {
        return "duo";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.enrolmentIds().isEmpty()) {
            return List.of();
        }
        var duos = entities.createQuery("select d from Duo d where d.mentorEnrolmentId in :ids "
                + "or d.menteeEnrolmentId in :ids order by d.id", Duo.class)
                .setParameter("ids", subject.enrolmentIds()).getResultList();
        if (duos.isEmpty()) {
            return List.of();
        }
        var duoIds = duos.stream().map(Duo::id).toList();
        var records = new ArrayList<DataRecord>();
        for (var d : duos) {
            records.add(DataRecord.of(d).with("duo", d.id())
                    .with("side", subject.enrolmentIds().contains(d.mentorEnrolmentId()) ? DuoSide.MENTOR
                            : DuoSide.MENTEE)
                    .with("state", d.state()).with("proposedAt", d.proposedAt())
                    .with("confirmedAt", d.confirmedAt()).with("activatedAt", d.activatedAt())
                    .with("pausedAt", d.pausedAt()).with("endedOn", d.endedOn()));
        }
        entities.createQuery("select a from Agreement a where a.duoId in :ids order by a.duoId, a.versionNo",
                Agreement.class).setParameter("ids", duoIds).getResultList()
                .forEach(a -> records.add(DataRecord.of(a).with("duo", a.duoId()).with("versionNo", a.versionNo())
                        .with("frequency", a.frequency())));
        var meetings = entities.createQuery("select m from Meeting m where m.duoId in :ids order by m.heldOn, m.id",
                Meeting.class).setParameter("ids", duoIds).getResultList();
        meetings.forEach(m -> records.add(DataRecord.of(m).with("duo", m.duoId()).with("heldOn", m.heldOn())
                .with("minutes", m.minutes()).with("mode", m.mode()).with("topics", m.topics())
                .with("loggedBySide", m.loggedBySide())));
        if (subject.email() != null && !meetings.isEmpty()) {
            privateNotes.findByMeetingIdInAndAuthor(meetings.stream().map(Meeting::id).toList(), subject.email())
                    .forEach(n -> records.add(DataRecord.of(n).with("meeting", n.meetingId())));
        }
        entities.createQuery("select s from StageProgress s where s.duoId in :ids order by s.duoId, s.reachedOn",
                StageProgress.class).setParameter("ids", duoIds).getResultList()
                .forEach(s -> records.add(DataRecord.of(s).with("duo", s.duoId()).with("reachedOn", s.reachedOn())
                        .with("skipped", s.skipped())));
        entities.createQuery("select o from DuoOutcome o where o.duoId in :ids order by o.duoId, o.id",
                DuoOutcome.class).setParameter("ids", duoIds).getResultList()
                .forEach(o -> records.add(DataRecord.of(o).with("duo", o.duoId()).with("moment", o.moment())
                        .with("kind", o.kind())));
        entities.createQuery("select f from FollowUp f where f.duoId in :ids order by f.duoId, f.recordedAt",
                FollowUp.class).setParameter("ids", duoIds).getResultList()
                .forEach(f -> records.add(DataRecord.of(f).with("duo", f.duoId()).with("signal", f.signal())
                        .with("kind", f.kind()).with("recordedAt", f.recordedAt())));
        return records;
    }

    /**
     * An open duo ends first, as when its member is withdrawn (a proposal is declined, a running duo ends early, the
     * partner is told and back in the pool, {@link DuoClosed} follows). Then the duos, meetings (their dates), stages and
     * outcomes stay for the programme's figures, and their free text goes; the person's own private notes go, the
     * partner's stay theirs.
     */
    @Override
    public void erase(DataSubject subject) {
        var ids = subject.enrolmentIds();
        if (ids.isEmpty()) {
            return;
        }
        for (long enrolment : ids) {
            var open = entities.createQuery("select d from Duo d where (d.mentorEnrolmentId = :id "
                    + "or d.menteeEnrolmentId = :id) and d.state in :open order by d.id", Duo.class)
                    .setParameter("id", enrolment).setParameter("open", DuoState.OPEN).getResultList();
            if (!open.isEmpty()) {
                var duo = open.get(0);
                var role = duo.mentorEnrolmentId() == enrolment ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
                service.memberWithdrew(new EnrolmentWithdrawn(enrolment, duo.programmeId(), duo.cohortId(), role,
                        "erasure", "privacy"));
            }
        }
        entities.flush();
        entities.clear();
        var duos = entities.createQuery("select d from Duo d where d.mentorEnrolmentId in :ids "
                + "or d.menteeEnrolmentId in :ids", Duo.class).setParameter("ids", ids).getResultList();
        if (duos.isEmpty()) {
            return;
        }
        var duoIds = duos.stream().map(Duo::id).toList();
        var partners = new HashSet<Long>();
        duos.forEach(d -> partners.add(ids.contains(d.mentorEnrolmentId()) ? d.menteeEnrolmentId()
                : d.mentorEnrolmentId()));
        partners.removeAll(ids);
        var keep = new ArrayList<String>(List.of(""));
        participants.addressees(partners).values().forEach(a -> keep.add(a.email()));
        var meetings = entities.createQuery("select m.id from Meeting m where m.duoId in :ids", Long.class)
                .setParameter("ids", duoIds).getResultList();
        if (!meetings.isEmpty()) {
            entities.createQuery("delete from PrivateNote n where n.meetingId in :meetings and n.author not in :keep")
                    .setParameter("meetings", meetings).setParameter("keep", keep).executeUpdate();
        }
        update("update Duo d set d.pauseReason = null, d.endNote = null, d.version = d.version + 1 "
                + "where d.id in :ids", duoIds);
        update("update Agreement a set a.goals = '' where a.duoId in :ids", duoIds);
        update("update Meeting m set m.sharedNotes = null where m.duoId in :ids", duoIds);
        update("update StageProgress s set s.note = null, s.skipReason = null where s.duoId in :ids", duoIds);
        update("update DuoOutcome o set o.note = null where o.duoId in :ids", duoIds);
        update("update FollowUp f set f.note = null where f.duoId in :ids", duoIds);
        // who confirmed, signed and logged on the person's side: the person (or a coordinator for them), now unnamed
        for (var d : duos) {
            boolean mentor = ids.contains(d.mentorEnrolmentId());
            long enrolment = mentor ? d.mentorEnrolmentId() : d.menteeEnrolmentId();
            var side = mentor ? DuoSide.MENTOR : DuoSide.MENTEE;
            String erased = Erased.email("enrolment", enrolment);
            String prefix = mentor ? "mentor" : "mentee";
            entities.createQuery("update Duo d set d." + prefix + "ConfirmedBy = :erased where d.id = :id and d."
                    + prefix + "ConfirmedBy is not null").setParameter("erased", erased).setParameter("id", d.id())
                    .executeUpdate();
            entities.createQuery("update Agreement a set a." + prefix + "SignedBy = :erased where a.duoId = :id and a."
                    + prefix + "SignedBy is not null").setParameter("erased", erased).setParameter("id", d.id())
                    .executeUpdate();
            entities.createQuery("update Meeting m set m.loggedBy = :erased where m.duoId = :id "
                    + "and m.loggedBySide = :side").setParameter("erased", erased).setParameter("id", d.id())
                    .setParameter("side", side).executeUpdate();
        }
        if (subject.email() != null) {
            String erased = Erased.email("person", subject.personIds().stream().findFirst().orElse(0L));
            for (var entity : List.of("Agreement a set a.createdBy", "Duo a set a.closedBy",
                    "StageProgress a set a.recordedBy", "DuoOutcome a set a.recordedBy", "FollowUp a set a.recordedBy")) {
                String column = entity.substring(entity.lastIndexOf(' ') + 1);
                entities.createQuery("update " + entity + " = :erased where " + column + " = :email")
                        .setParameter("erased", erased).setParameter("email", subject.email()).executeUpdate();
            }
        }
    }

    private void update(String statement, List<Long> duoIds) {
        entities.createQuery(statement).setParameter("ids", duoIds).executeUpdate();
    }
}
