package org.tandem.activity.intervision;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntervisionSessionRepository extends JpaRepository<IntervisionSession, Long> {

    List<IntervisionSession> findByGroupIdOrderByStartsAtAscIdAsc(long groupId);

    List<IntervisionSession> findByGroupIdInOrderByStartsAtAscIdAsc(Collection<Long> groupIds);

    List<IntervisionSession> findByProgrammeIdOrderByStartsAtAscIdAsc(long programmeId);

    @Query("select s from IntervisionSession s where s.groupId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3 "
            + "order by s.startsAt, s.id")
    List<IntervisionSession> inGroupsBetween(Collection<Long> groupIds, LocalDateTime from, LocalDateTime until);

    @Query("select s from IntervisionSession s where s.programmeId = ?1 and s.startsAt >= ?2 and s.startsAt < ?3 "
            + "order by s.startsAt, s.id")
    List<IntervisionSession> inProgrammeBetween(long programmeId, LocalDateTime from, LocalDateTime until);

    /**
     * Member-sessions present and member-sessions listed, over the programme's sessions with recorded attendance
     * (which have begun: attendance is refused before).
     */
    @Query("select coalesce(sum(case when value(a) = true then 1 else 0 end), 0), count(a) "
            + "from IntervisionSession s join s.attendance a where s.programmeId = ?1 and s.cancelled = false")
    List<Object[]> attendanceTotals(long programmeId);
}
