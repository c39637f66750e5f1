package org.tandem.participant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdAndProgrammeIdOrderByGivenAt(long personId, long programmeId);

    boolean existsByPersonIdAndProgrammeIdAndPurposeAndWithdrawnAtIsNull(long personId, long programmeId,
            ConsentPurpose purpose);
}
