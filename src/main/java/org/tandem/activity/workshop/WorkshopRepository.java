package org.tandem.activity.workshop;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    /**
     * The workshop with its row locked until the transaction ends: registrations, cancellations and attendance of
     * one workshop take turns, so that two people never get the last place both.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workshop w where w.id = ?1")
    Optional<Workshop> findForUpdate(long id);

    @EntityGraph(attributePaths = "registrations")
    @Query("select distinct w from Workshop w where w.programmeId = ?1 order by w.startsAt, w.id")
    List<Workshop> findByProgramme(long programmeId);

    @EntityGraph(attributePaths = "registrations")
    @Query("select distinct w from Workshop w where w.programmeId in ?1 order by w.startsAt, w.id")
    List<Workshop> findByProgrammes(Collection<Long> programmeIds);

    @EntityGraph(attributePaths = "registrations")
    @Query("select distinct w from Workshop w where w.programmeId = ?1 and w.startsAt >= ?2 and w.startsAt < ?3"
            + " order by w.startsAt, w.id")
    List<Workshop> findStarting(long programmeId, LocalDateTime from, LocalDateTime until);

    @EntityGraph(attributePaths = "registrations")
    @Query("select distinct w from Workshop w where w.programmeId = ?1 and w.cancelled = false and w.endsAt <= ?2")
    List<Workshop> findOver(long programmeId, LocalDateTime now);
}
