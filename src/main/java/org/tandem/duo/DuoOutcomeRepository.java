package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DuoOutcomeRepository extends JpaRepository<DuoOutcome, Long> {

    Optional<DuoOutcome> findByDuoIdAndMoment(long duoId, OutcomeMoment moment);

    List<DuoOutcome> findByDuoId(long duoId);

    List<DuoOutcome> findByDuoIdIn(Collection<Long> duoIds);

    /** The outcomes of a cohort's duos in these states: a subquery, not a list of thousands of ids. */
    @Query("select o from DuoOutcome o where o.duoId in (select d.id from Duo d where d.cohortId = ?1 and d.state in ?2)")
    List<DuoOutcome> inCohort(long cohortId, Collection<DuoState> states);
}
