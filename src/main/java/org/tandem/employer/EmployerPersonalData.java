package org.tandem.employer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.privacy.DataRecord;
import org.tandem.privacy.Erased;
import org.tandem.privacy.DataSubject;
import org.tandem.privacy.PersonalDataSource;

/**
 * The employer part of a person's data, for an employer's contact person: their contact record, and the notes and
 * recruitment reasons coordinators wrote about the employer they speak for (free text that may be about them).
 */
@Component
class EmployerPersonalData implements PersonalDataSource {

    private final EntityManager entities;

    EmployerPersonalData(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String module() {
        return "employer";
    }

    @Override
    public List<DataRecord> personalData(DataSubject subject) {
        if (subject.accountId() == null && subject.email() == null) {
            return List.of();
        }
        long account = subject.accountId() == null ? -1 : subject.accountId();
        String email = String.valueOf(subject.email());
        var employers = entities.createQuery("select distinct e from Employer e join e.contacts c "
                + "where c.userId = :account or lower(c.email) = :email order by e.id", Employer.class)
                .setParameter("account", account).setParameter("email", email).getResultList();
        var records = new ArrayList<DataRecord>();
        for (var employer : employers) {
            employer.contacts().stream()
                    .filter(c -> c.userId() != null && c.userId() == account
                            || c.email() != null && c.email().equalsIgnoreCase(email))
                    .forEach(c -> records.add(DataRecord.of(c).with("employer", employer.name())
                            .with("role", c.role())));
            records.add(DataRecord.of(employer).with("employer", employer.name()));
            for (var recruitment : employer.recruitments()) {
                records.add(DataRecord.of(recruitment).with("employer", employer.name())
                        .with("stage", recruitment.stage()));
                recruitment.history().forEach(step -> records.add(DataRecord.of(step).with("employer", employer.name())
                        .with("stage", step.stage()).with("changedAt", step.changedAt())));
            }
        }
        return records;
    }

    /**
     * The person's contact records become placeholders (no address, no phone, no account). The employer's own notes
     * and recruitment history stay: they are the organisation's records, kept for its other contacts and the targets.
     */
    @Override
    public void erase(DataSubject subject) {
        if (subject.accountId() == null && subject.email() == null) {
            return;
        }
        long account = subject.accountId() == null ? -1 : subject.accountId();
        String email = String.valueOf(subject.email());
        List<?> rows = entities.createNativeQuery("select employer_id, position from employer_contact "
                + "where user_id = ?1 or lower(email) = ?2").setParameter(1, account).setParameter(2, email)
                .getResultList();
        for (Object row : rows) {
            var key = (Object[]) row;
            long employer = ((Number) key[0]).longValue();
            int position = ((Number) key[1]).intValue();
            entities.createNativeQuery("update employer_contact set name = ?1, email = ?2, phone = null, "
                    + "user_id = null where employer_id = ?3 and position = ?4")
                    .setParameter(1, Erased.FIRST_NAME).setParameter(2, Erased.email("contact", employer * 1000 + position))
                    .setParameter(3, employer).setParameter(4, position).executeUpdate();
        }
    }
}
