package org.tandem.activity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findByProgrammeIdOrderByStartsAtAscIdAsc(long programmeId);

    /**
     * The programme's sessions starting from {@code from} up to (not including) {@code to}, with who was present, for
     * the calendars.
     */
    @Query("select distinct s from TrainingSession s left join fetch s.present where s.programmeId = ?1 "
            + "and s.startsAt >= ?2 and s.startsAt < ?3")
    List<TrainingSession> startingBetween(long programmeId, java.time.LocalDateTime from, java.time.LocalDateTime to);

    long countByModuleIdIn(Collection<Long> moduleIds);

    /** (enrolment id, module id) of every presence at a session of the programme. */
    @Query("select p, s.moduleId from TrainingSession s join s.present p where s.programmeId = ?1")
    List<Object[]> presences(long programmeId);

    @Query("select distinct s.moduleId from TrainingSession s join s.present p where p = ?1")
    List<Long> modulesAttended(long enrolmentId);
}
