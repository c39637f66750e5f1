package org.tandem.employer;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers' names by id, for modules that group their own figures by employer (an evaluation's breakdown) and
 * already hold the ids. Names only: no contact or pipeline detail.
 */
@Component
public class EmployerDirectory {

    private final EmployerRepository employers;

    EmployerDirectory(EmployerRepository employers) {
        this.employers = employers;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        return employers.findAllById(employerIds).stream().collect(Collectors.toMap(Employer::id, Employer::name));
    }
}
