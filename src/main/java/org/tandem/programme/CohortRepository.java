package org.tandem.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByProgrammeIdOrderByStartDate(long programmeId);

    boolean existsByProgrammeIdAndNameIgnoreCase(long programmeId, String name);

    boolean existsByProgrammeIdAndNameIgnoreCaseAndIdNot(long programmeId, String name, long id);

    long countByProgrammeId(long programmeId);
}
