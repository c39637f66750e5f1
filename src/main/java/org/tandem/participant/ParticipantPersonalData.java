package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.Erased;
import org.tandem.privacy.PersonalDataSource;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeRules;

/** The participant module's part of a person's data: their records, enrolments with history, consents, sensitive data. */
@Component
class ParticipantPersonalData implements PersonalDataSource {

    private final EntityManager entities;
    private final ProgrammeCatalogue catalogue;
    private final EnrolmentService enrolmentService;
    private final Clock clock;

    ParticipantPersonalData(EntityManager entities, ProgrammeCatalogue catalogue, EnrolmentService enrolmentService,
            Clock clock) {
        this.entities = entities;
        this.catalogue = catalogue;
        this.enrolmentService = enrolmentService;
        this.clock = clock;
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

    /**
     * An enrolment still under way is withdrawn first, as a coordinator would (the other modules let go of it through
     * {@link EnrolmentWithdrawn}). The person record keeps its row and id with placeholders for name and address and
     * without phone, birth year or location; the enrolments keep their programme, cohort, role, status and dates (the
     * funnel and the targets count them) without profile or free text; status history keeps its dates without reasons,
     * and so do the dates each enrolment first reached a funnel step.
     * Consents and the sensitive record are deleted.
     */
    @Override
    public void erase(DataSubject subject) {
        var ids = subject.personIds();
        if (ids.isEmpty()) {
            return;
        }
        var enrolments = entities.createQuery("select e from Enrolment e where e.person.id in :ids", Enrolment.class)
                .setParameter("ids", ids).getResultList();
        enrolments.stream().filter(e -> !e.status().isFinal())
                .forEach(e -> enrolmentService.withdraw(e, "erasure", "privacy"));
        entities.flush();
        var now = Instant.now(clock);
        for (long id : ids) {
            entities.createQuery("update Person p set p.firstName = :first, p.lastName = :last, p.email = :email, "
                    + "p.phone = null, p.birthYear = null, p.city = null, p.postcode = null, p.country = null, "
                    + "p.userId = null, p.erasedAt = :now, p.version = p.version + 1 where p.id = :id")
                    .setParameter("first", Erased.FIRST_NAME).setParameter("last", Erased.lastName(id))
                    .setParameter("email", Erased.email("person", id)).setParameter("now", now)
                    .setParameter("id", id).executeUpdate();
        }
        var enrolmentIds = enrolments.stream().map(Enrolment::id).toList();
        if (!enrolmentIds.isEmpty()) {
            entities.createQuery("update Enrolment e set e.ambition = null, e.needs = null, e.intakeNotes = null, "
                    + "e.availability = 0, e.digitalSkills = null, e.yearsOfExperience = null, "
                    + "e.educationSector = null, e.gender = null, e.genderPreference = null, "
                    + "e.version = e.version + 1 where e.id in :ids").setParameter("ids", enrolmentIds)
                    .executeUpdate();
            entities.createNativeQuery("update enrolment set sort_last_name = (select p.last_name from person p "
                    + "where p.id = enrolment.person_id), sort_first_name = (select p.first_name from person p "
                    + "where p.id = enrolment.person_id), search_text = (select lower(p.first_name || ' ' || "
                    + "p.last_name || ' ' || p.email) from person p where p.id = enrolment.person_id) "
                    + "where id in (?1)").setParameter(1, enrolmentIds)
                    .executeUpdate();
            for (var table : List.of("enrolment_language", "enrolment_sector", "enrolment_interest")) {
                entities.createNativeQuery("delete from " + table + " where enrolment_id in (?1)")
                        .setParameter(1, enrolmentIds).executeUpdate();
            }
            entities.createNativeQuery("update enrolment_status_change set reason = null where enrolment_id in (?1)")
                    .setParameter(1, enrolmentIds).executeUpdate();
        }
        entities.createQuery("delete from Consent c where c.personId in :ids").setParameter("ids", ids)
                .executeUpdate();
        entities.createQuery("delete from SensitiveRecord s where s.personId in :ids").setParameter("ids", ids)
                .executeUpdate();
    }
}
