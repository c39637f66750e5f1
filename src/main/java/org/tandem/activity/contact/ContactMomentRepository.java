package org.tandem.activity.contact;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactMomentRepository extends JpaRepository<ContactMoment, Long> {

    List<ContactMoment> findByProgrammeIdOrderByIdAsc(long programmeId);

    List<ContactMoment> findByEmployerIdOrderByIdAsc(long employerId);

    List<ContactMoment> findByMentorEnrolmentIdInOrderByIdAsc(Collection<Long> mentorEnrolmentIds);

    @Query("select m from ContactMoment m where m.programmeId = ?1 and m.startsAt >= ?2 and m.startsAt < ?3")
    List<ContactMoment> startingBetween(long programmeId, LocalDateTime from, LocalDateTime until);

    @Query("select m from ContactMoment m where m.mentorEnrolmentId in ?1 and m.startsAt >= ?2 and m.startsAt < ?3")
    List<ContactMoment> ofMentorsStartingBetween(Collection<Long> mentorEnrolmentIds, LocalDateTime from,
            LocalDateTime until);

    @Query("select m from ContactMoment m where m.employerId = ?1 and m.startsAt >= ?2 and m.startsAt < ?3")
    List<ContactMoment> ofEmployerStartingBetween(long employerId, LocalDateTime from, LocalDateTime until);

    boolean existsByProgrammeIdAndStepGreaterThanEqual(long programmeId, int step);
}
