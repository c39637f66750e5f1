package org.tandem.activity.intervision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntervisionGroupRepository extends JpaRepository<IntervisionGroup, Long> {

    List<IntervisionGroup> findByProgrammeIdOrderByNameAscIdAsc(long programmeId);

    /** (enrolment id, group id, group name) of every member of a group of the programme. */
    @Query("select m.enrolmentId, g.id, g.name from IntervisionGroup g join g.members m where g.programmeId = ?1")
    List<Object[]> membersOfProgramme(long programmeId);

    @Query("select distinct g from IntervisionGroup g join g.members m where m.enrolmentId in ?1")
    List<IntervisionGroup> findByMembers(Collection<Long> enrolmentIds);

    List<IntervisionGroup> findByFacilitatorEmail(String facilitatorEmail);
}
