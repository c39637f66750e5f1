package org.tandem.participant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long>, JpaSpecificationExecutor<Enrolment> {

    @Override
    @EntityGraph(attributePaths = "person")
    Page<Enrolment> findAll(Specification<Enrolment> specification, Pageable pageable);

    Optional<Enrolment> findByPersonIdAndCohortIdAndRole(long personId, long cohortId, ParticipantRole role);

    @Query("select e from Enrolment e join fetch e.person where e.employerId = ?1 order by e.person.lastName")
    List<Enrolment> findByEmployer(long employerId);

    @Query("select e from Enrolment e join fetch e.person where e.person.id = ?1")
    List<Enrolment> findByPerson(long personId);

    @Query("select e.person.id, e.cohortId, e.role from Enrolment e where e.person.id in ?1")
    List<Object[]> keysOfPeople(Collection<Long> personIds);

    long countBySiteId(Long siteId);

    @Query("select count(e) from Enrolment e where e.programmeId = ?1 and e.role = ?2 and e.status not in ?3")
    long countEnrolled(long programmeId, ParticipantRole role, Collection<EnrolmentStatus> excluded);

    @Query("select e.employerId, count(e) from Enrolment e where e.programmeId = ?1 and e.employerId is not null "
            + "and e.status not in ?2 group by e.employerId")
    List<Object[]> mentorsPerEmployer(long programmeId, Collection<EnrolmentStatus> excluded);

    @Query("select e from Enrolment e join fetch e.person where e.cohortId = ?1 and e.status = ?2 order by e.id")
    List<Enrolment> findByCohortAndStatus(long cohortId, EnrolmentStatus status);

    @Query("select e from Enrolment e join fetch e.person where e.cohortId = ?1 and e.role = ?2 and e.capacity > 1 "
            + "and e.status in ?3 order by e.id")
    List<Enrolment> findWithRoomForMore(long cohortId, ParticipantRole role, Collection<EnrolmentStatus> statuses);

    @Query("select e from Enrolment e join fetch e.person where e.id in ?1 order by e.id")
    List<Enrolment> findWithPersonByIds(Collection<Long> ids);

    /** Two enrolments (or one, twice) with their people: a duo's members, read by a query Hibernate plans once. */
    @Query("select e from Enrolment e join fetch e.person where e.id in (?1, ?2) order by e.id")
    List<Enrolment> findWithPersonByIdPair(long one, long other);

    /**
     * Enrolments with their people. Hibernate 7 keeps no plan for a query with a list parameter and translates it
     * on every call (8 % of a duo page's CPU); most callers ask for a duo's two members, which a query with two
     * parameters answers from its kept plan.
     */
    default List<Enrolment> withPersonByIds(Collection<Long> ids) {
        var distinct = new java.util.LinkedHashSet<>(ids);
        if (distinct.isEmpty()) {
            return List.of();
        }
        if (distinct.size() > 2) {
            return findWithPersonByIds(distinct);
        }
        var each = distinct.iterator();
        long one = each.next();
        return findWithPersonByIdPair(one, each.hasNext() ? each.next() : one);
    }

    @Query("select e.id, e.programmeId, p.firstName, p.lastName from Enrolment e join e.person p where e.cohortId = ?1")
    List<Object[]> namesInCohort(long cohortId);


    @Query("select e from Enrolment e join fetch e.person where e.programmeId = ?1 and e.role = ?2 "
            + "and e.status not in ?3 order by e.person.lastName, e.person.firstName, e.id")
    List<Enrolment> findEnrolled(long programmeId, ParticipantRole role, Collection<EnrolmentStatus> excluded);

    @Query("select e from Enrolment e join fetch e.person where e.cohortId = ?1 and e.role = ?2 "
            + "and e.status not in ?3 order by e.id")
    List<Enrolment> findInCohort(long cohortId, ParticipantRole role, Collection<EnrolmentStatus> excluded);



    @Query("select e.id, e.reachedTrainedAt from Enrolment e where e.programmeId = ?1 and e.role = ?2 "
            + "and e.reachedTrainedAt is not null")
    List<Object[]> firstTrained(long programmeId, ParticipantRole role);

    @Query("select e.id, e.reachedMatchedAt from Enrolment e where e.programmeId = ?1 and e.role = ?2 "
            + "and e.reachedMatchedAt is not null")
    List<Object[]> firstMatched(long programmeId, ParticipantRole role);

    /** Enrolments per programme and status, for the coordinator's day: one grouped count, whatever the number. */
    @Query("select e.programmeId, e.status, count(e) from Enrolment e where e.programmeId in ?1 and e.status in ?2 "
            + "group by e.programmeId, e.status")
    List<Object[]> countByProgrammeAndStatus(Collection<Long> programmeIds, Collection<EnrolmentStatus> statuses);

    @Query("select e.programmeId, count(e) from Enrolment e where e.programmeId in ?1 and e.status = ?2 "
            + "and e.intakeAt >= ?3 and e.intakeAt < ?4 group by e.programmeId")
    List<Object[]> countIntakesBetween(Collection<Long> programmeIds, EnrolmentStatus status,
            java.time.LocalDateTime from, java.time.LocalDateTime until);

    @Query("select e.cohortId, count(e) from Enrolment e where e.programmeId in ?1 and e.role = ?2 and e.status = ?3 "
            + "group by e.cohortId")
    List<Object[]> countPerCohort(Collection<Long> programmeIds, ParticipantRole role, EnrolmentStatus status);
}
