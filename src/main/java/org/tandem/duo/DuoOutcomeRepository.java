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

    /**
     * Which outcomes the cohort's duos in these states have: a join, neither a list of thousands of ids nor a subquery (H2
     * turned the subquery into such a list and compared every outcome with every id in it).
     */
    @Query("select new org.tandem.duo.RecordedMoment(o.duoId, o.moment) from DuoOutcome o join Duo d on d.id = o.duoId "
            + "where d.cohortId = ?1 and d.state in ?2")
    List<RecordedMoment> momentsInCohort(long cohortId, Collection<DuoState> states);
}
