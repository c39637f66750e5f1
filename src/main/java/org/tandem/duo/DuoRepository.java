package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DuoRepository extends JpaRepository<Duo, Long> {

    Optional<Duo> findByMenteeEnrolmentIdAndMatchingRunId(long menteeEnrolmentId, long matchingRunId);

    List<Duo> findByMentorEnrolmentIdAndStateIn(long mentorEnrolmentId, Collection<DuoState> states);

    List<Duo> findByMenteeEnrolmentIdAndStateIn(long menteeEnrolmentId, Collection<DuoState> states);

    boolean existsByMenteeEnrolmentIdAndStateIn(long menteeEnrolmentId, Collection<DuoState> states);

    List<Duo> findByCohortIdAndStateInOrderById(long cohortId, Collection<DuoState> states);

    @Query("select new org.tandem.duo.ClosedDuo(d.id, d.mentorEnrolmentId, d.menteeEnrolmentId, d.state, d.endedOn) "
            + "from Duo d where d.cohortId = ?1 and d.state in ?2 order by d.id")
    List<ClosedDuo> closedInCohort(long cohortId, Collection<DuoState> closed);

    List<Duo> findByCohortIdOrderById(long cohortId);

    List<Duo> findByProgrammeIdOrderById(long programmeId);

    List<Duo> findByCohortIdAndState(long cohortId, DuoState state);

    List<Duo> findByMentorEnrolmentIdInOrMenteeEnrolmentIdInOrderByIdDesc(Collection<Long> mentors,
            Collection<Long> mentees);

    List<Duo> findByStateIn(Collection<DuoState> states);

    long countByMatchingRunId(long matchingRunId);

    long countByProgrammeIdAndStateIn(long programmeId, Collection<DuoState> states);

    /**
     * Mentee enrolments with a closed duo and no open one, and how many of them have an outcome among the kinds
     * given: one pass over the programme's closed duos for both counts.
     */
    @org.springframework.data.jpa.repository.Query("""
            select count(distinct d.menteeEnrolmentId),
                   count(distinct case when exists (select x.id from DuoOutcome x where x.duoId = d.id
                       and x.kind in ?4) then d.menteeEnrolmentId end)
            from Duo d where d.programmeId = ?1 and d.state in ?2
            and not exists (select o.id from Duo o where o.menteeEnrolmentId = d.menteeEnrolmentId and o.state in ?3)""")
    List<Object[]> countClosedMentees(long programmeId, Collection<DuoState> closed, Collection<DuoState> open,
            Collection<OutcomeKind> outcomes);

    /** Closed duos whose mentor said whether they start another: mentor, ended on, closed at, id, answer. */
    @org.springframework.data.jpa.repository.Query("""
            select d.mentorEnrolmentId, d.endedOn, d.closedAt, d.id, d.mentorContinues from Duo d
            where d.programmeId = ?1 and d.state in ?2 and d.mentorContinues is not null""")
    List<Object[]> mentorAnswers(long programmeId, Collection<DuoState> closed);

    @org.springframework.data.jpa.repository.Query("select d from Duo d where d.introductionAt >= ?2 and d.introductionAt < ?3 "
            + "and d.state in ?4 and (d.mentorEnrolmentId in ?1 or d.menteeEnrolmentId in ?1)")
    List<Duo> findIntroductions(Collection<Long> enrolmentIds, java.time.Instant from, java.time.Instant to,
            Collection<DuoState> states);

    @org.springframework.data.jpa.repository.Query("select d from Duo d where d.programmeId = ?1 and d.introductionAt >= ?2 "
            + "and d.introductionAt < ?3 and d.state in ?4")
    List<Duo> findIntroductionsInProgramme(long programmeId, java.time.Instant from, java.time.Instant to,
            Collection<DuoState> states);

    List<Duo> findByMentorEnrolmentIdInAndActivatedAtIsNotNull(Collection<Long> mentorEnrolmentIds);

    /** Per cohort of a programme: proposals waiting for an answer, and how many were proposed before {@code cutoff}. */
    @org.springframework.data.jpa.repository.Query("select d.cohortId, count(d), sum(case when "
            + "coalesce(d.introductionAt, d.proposedAt) < ?2 then 1 else 0 end) from Duo d "
            + "where d.programmeId = ?1 and d.state = org.tandem.duo.DuoState.PROPOSED group by d.cohortId")
    List<Object[]> countProposals(long programmeId, java.time.Instant cutoff);
}
