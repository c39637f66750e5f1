package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByDuoIdIn(Collection<Long> duoIds);

    /** A join, as {@link DuoOutcomeRepository#inCohort} explains. */
    @Query("select f from FollowUp f join Duo d on d.id = f.duoId where d.cohortId = ?1 and d.state in ?2")
    List<FollowUp> inCohort(long cohortId, Collection<DuoState> states);

    List<FollowUp> findByDuoIdOrderByRecordedAtDescIdDesc(long duoId);
}
