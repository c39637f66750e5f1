package org.tandem.employer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.Country;

/**
 * Employers as other modules look them up (the activity module's contact moments, the evaluation's breakdown by
 * employer): by id, names by id, by the account of a contact person who speaks for one, and those committed to a
 * programme. No access checks here: the caller checks
 * who may ask, as with {@code ParticipantQueries.mentorsOfEmployer}.
 */
@Service
@Transactional(readOnly = true)
public class EmployerDirectory {

    /** An employer and the user accounts of its contact persons (those linked to a Tandem user). */
    public record EmployerRef(long id, String name, String city, Country country, List<Long> contactAccountIds) {
    }

    private final EmployerRepository employers;

    EmployerDirectory(EmployerRepository employers) {
        this.employers = employers;
    }

    public Optional<EmployerRef> find(long employerId) {
        return employers.findById(employerId).map(EmployerDirectory::ref);
    }

    /** Names only, for a module that groups its own figures by employer and already holds the ids. */
    public Map<Long, String> names(Collection<Long> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        return employers.findAllById(employerIds).stream().collect(Collectors.toMap(Employer::id, Employer::name));
    }

    /** The employer this user account speaks for, if any. */
    public Optional<EmployerRef> ofContactAccount(long accountId) {
        return employers.findByContactUser(accountId).map(EmployerDirectory::ref);
    }

    /** Employers that committed to the programme (committed, active or ended since), by name. */
    public List<EmployerRef> committedTo(long programmeId) {
        return employers.findInProgrammes(List.of(programmeId)).stream()
                .filter(e -> e.recruitment(programmeId)
                        .map(r -> r.stage().isCommitted() || r.stage() == PipelineStage.ENDED).orElse(false))
                .map(EmployerDirectory::ref).sorted(Comparator.comparing(EmployerRef::name)).toList();
    }

    private static EmployerRef ref(Employer employer) {
        return new EmployerRef(employer.id(), employer.name(), employer.city(), employer.country(),
                employer.contacts().stream().map(ContactPerson::userId).filter(Objects::nonNull).toList());
    }
}
