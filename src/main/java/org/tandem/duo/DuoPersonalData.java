package org.tandem.duo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The duo module's part of a person's data: their duos, agreements, meetings, stages, outcomes and follow-ups, and the
 * private notes they wrote themselves. A partner's private note is never part of it: notes are read by author only.
 */
@Component
class DuoPersonalData implements PersonalDataSource {

    private final EntityManager entities;
    private final PrivateNoteRepository privateNotes;

    DuoPersonalData(EntityManager entities, PrivateNoteRepository privateNotes) {
        this.entities = entities;
        this.privateNotes = privateNotes;
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
}
