package org.tandem.participant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** A person's records in every programme they take part in (see {@link Person}). */
    List<Person> findAllByEmail(String email);

    Optional<Person> findByProgrammeIdAndEmail(long programmeId, String email);

    List<Person> findByProgrammeIdAndEmailIn(long programmeId, Collection<String> emails);

    Optional<Person> findByUserId(long userId);
}
