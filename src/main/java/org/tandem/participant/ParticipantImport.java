package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.ImportProperties;
import org.tandem.shared.ImportReader;
import org.tandem.shared.ImportRefusedException;

/**
 * Imports participants from a CSV or XLSX file into one cohort, all or nothing: every row is checked first, and
 * only a file without problems is written, in one transaction. The e-mail address is the natural key, so the same
 * file imported twice changes nothing the second time; a person already known in the cohort's programme keeps their
 * details, and one known only in other programmes is not looked at: they get a record of this programme with what
 * the file says (see {@link Person}).
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class ParticipantImport {

    private static final int CHUNK = 500;

    private final PersonRepository people;
    private final EnrolmentRepository enrolments;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantAccess access;
    private final ImportProperties properties;
    private final EntityManager entityManager;
    private final Clock clock;

    ParticipantImport(PersonRepository people, EnrolmentRepository enrolments, ProgrammeCatalogue catalogue,
            ParticipantAccess access, ImportProperties properties, EntityManager entityManager, Clock clock) {
        this.people = people;
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.access = access;
        this.properties = properties;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The cohort to import into, if the user manages its programme; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public CohortView cohort(long cohortId) {
        var cohort = catalogue.cohort(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
        Set<Long> scope = access.scope();
        if (scope != null && !scope.contains(cohort.programmeId())) {
            throw new NotFoundException("cohort", cohortId);
        }
        return cohort;
    }

    public long maxBytes() {
        return properties.maxBytes().toBytes();
    }

    @Transactional
    public ImportReport importInto(long cohortId, byte[] content) {
        var cohort = cohort(cohortId);
        if (cohort.closed()) {
            throw new ImportRefusedException("import.cohort.closed");
        }
        if (content.length > maxBytes()) {
            throw new ImportRefusedException("import.file.tooLarge", maxBytes() / (1024 * 1024));
        }
        var sheet = new ImportReader(properties.maxRows()).read(content);
        int year = Instant.now(clock).atZone(ZoneOffset.UTC).getYear();
        var parsed = new ImportRowParser(year).parse(sheet);
        if (!parsed.problems().isEmpty()) {
            return ImportReport.rejected(sheet.rows().size(), parsed.problems());
        }
        return write(cohort, parsed.rows());
    }

    private ImportReport write(CohortView cohort, List<ImportRowParser.ImportRow> rows) {
        Instant now = Instant.now(clock);
        Map<String, Person> known = knownPeople(cohort.programmeId(), rows);
        Set<String> enrolled = existingEnrolments(known.values().stream().map(Person::id).toList(), cohort.id());
        int created = 0;
        int peopleCreated = 0;
        int unchanged = 0;
        int pending = 0;
        for (var row : rows) {
            String email = Person.normalise(row.person().email());
            Person person = known.get(email);
            if (person != null && enrolled.contains(person.id() + ":" + row.role())) {
                unchanged++;
                continue;
            }
            if (person == null) {
                person = new Person(row.person(), cohort.programmeId(), now);
                entityManager.persist(person);
                peopleCreated++;
            }
            var enrolment = Enrolment.apply(person, cohort.programmeId(), cohort.id(), row.role(), now);
            enrolment.describe(row.profile());
            enrolment.assign(null, null, row.capacity());
            entityManager.persist(enrolment);
            created++;
            if (++pending == CHUNK) {
                // keeps the persistence context small; inserts go out in JDBC batches
                entityManager.flush();
                entityManager.clear();
                pending = 0;
            }
        }
        entityManager.flush();
        entityManager.clear();
        return new ImportReport(true, rows.size(), created, peopleCreated, unchanged, List.of());
    }

    /**
     * The people of the programme these rows name, as read once: an enrolment takes its person's names, and a person
     * left detached by the clearing of a chunk still has them, where a reference would read each one again.
     */
    private Map<String, Person> knownPeople(long programmeId, List<ImportRowParser.ImportRow> rows) {
        var emails = rows.stream().map(r -> Person.normalise(r.person().email())).toList();
        var known = new HashMap<String, Person>();
        for (int i = 0; i < emails.size(); i += CHUNK) {
            for (Person person : people.findByProgrammeIdAndEmailIn(programmeId,
                    emails.subList(i, Math.min(emails.size(), i + CHUNK)))) {
                known.put(person.email(), person);
            }
        }
        return known;
    }

    /** "personId:ROLE" of the enrolments these people already have in the cohort. */
    private Set<String> existingEnrolments(java.util.Collection<Long> personIds, long cohortId) {
        var ids = new ArrayList<>(personIds);
        var keys = new HashSet<String>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (Object[] key : enrolments.keysOfPeople(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                if (((Number) key[1]).longValue() == cohortId) {
                    keys.add(key[0] + ":" + key[2]);
                }
            }
        }
        return keys;
    }
}
