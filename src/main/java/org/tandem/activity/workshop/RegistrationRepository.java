package org.tandem.activity.workshop;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** The registrations, not cancelled, of these enrolments or this account, for workshops starting in a range. */
    @Query("select r from Registration r join fetch r.workshop w where r.status <> 'CANCELLED'"
            + " and (r.enrolmentId in ?1 or r.accountId = ?2) and w.startsAt >= ?3 and w.startsAt < ?4")
    List<Registration> findOwn(Collection<Long> enrolmentIds, long accountId, LocalDateTime from,
            LocalDateTime until);
}
