package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByDuoIdIn(Collection<Long> duoIds);

    /**
     * What the health signals of a cohort's duos in these states need of their follow-ups, without loading the
     * entities; a join, as {@link DuoOutcomeRepository#inCohort} explains.
     */
    @Query("select new org.tandem.duo.FollowUpMark(f.duoId, f.signal, f.occurrence, f.snoozedUntil) "
            + "from FollowUp f join Duo d on d.id = f.duoId where d.cohortId = ?1 and d.state in ?2")
    List<FollowUpMark> marksInCohort(long cohortId, Collection<DuoState> states);

    List<FollowUp> findByDuoIdOrderByRecordedAtDescIdDesc(long duoId);
}
