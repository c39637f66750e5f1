package org.tandem.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchingRunRepository extends JpaRepository<MatchingRun, Long> {

    List<MatchingRun> findByCohortIdOrderByIdDesc(long cohortId);

    List<MatchingRun> findByCohortIdAndPublishedAtIsNullAndOutdatedAtIsNull(long cohortId);
}
