package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.DataVersion;

/**
 * Aggregate counts over a programme's enrolments for reports and dashboards: one grouped query each, whatever the
 * number of participants. These return numbers only, no person; the calling module decides who may see them.
 * Each takes the same optional narrowing: a cohort, a site, and the period in which people applied.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantCounts {

    private record Narrowed(long programmeId, Long cohortId, Long siteId, Instant from, Instant until) {
    }

    private final EntityManager entityManager;
    private final DataVersion.Kept<Narrowed, List<EnrolmentReach>> reached;

    ParticipantCounts(EntityManager entityManager, DataVersion version) {
        this.entityManager = entityManager;
        this.reached = version.keep(1_000);
    }

    /**
     * Per role, how many enrolments applied (or were nominated) and how many reached each later step. A mentor who
     * was trained and later withdrew still counts as trained; a step reached means every step before it counts too
     * (an eligible mentee goes to ready-to-match without training). Read from when each enrolment first reached
     * each {@link FunnelStep}, not from the status history. Kept until the data changes ({@link DataVersion}).
     */
    public List<EnrolmentReach> reach(long programmeId, Long cohortId, Long siteId, Instant appliedFrom,
            Instant appliedUntil) {
        return reached.get(new Narrowed(programmeId, cohortId, siteId, appliedFrom, appliedUntil),
                () -> reachNow(programmeId, cohortId, siteId, appliedFrom, appliedUntil));
    }

    private List<EnrolmentReach> reachNow(long programmeId, Long cohortId, Long siteId, Instant appliedFrom,
            Instant appliedUntil) {
        var jpql = new StringBuilder("select e.role, count(e), count(e.reachedEligibleAt), ")
                .append("count(e.reachedTrainedAt), count(e.reachedMatchedAt), count(e.reachedActiveAt), ")
                .append("count(e.reachedCompletedAt) ")
                .append("from Enrolment e where e.programmeId = :programme");
        narrow(jpql, cohortId, siteId, appliedFrom, appliedUntil);
        jpql.append(" group by e.role");
        var query = entityManager.createQuery(jpql.toString(), Object[].class).setParameter("programme", programmeId);
        bind(query, cohortId, siteId, appliedFrom, appliedUntil);
        Map<ParticipantRole, EnrolmentReach> found = new EnumMap<>(ParticipantRole.class);
        for (ParticipantRole role : ParticipantRole.values()) {
            found.put(role, EnrolmentReach.none(role));
        }
        for (Object[] row : query.getResultList()) {
            var role = (ParticipantRole) row[0];
            found.put(role, new EnrolmentReach(role, n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]),
                    n(row[6])));
        }
        return List.copyOf(found.values());
    }

    /** Enrolments per role and current status. */
    public Map<ParticipantRole, Map<EnrolmentStatus, Long>> byStatus(long programmeId, Long cohortId, Long siteId,
            Instant appliedFrom, Instant appliedUntil) {
        var jpql = new StringBuilder("select e.role, e.status, count(e) from Enrolment e where e.programmeId = :programme");
        narrow(jpql, cohortId, siteId, appliedFrom, appliedUntil);
        jpql.append(" group by e.role, e.status");
        var query = entityManager.createQuery(jpql.toString(), Object[].class).setParameter("programme", programmeId);
        bind(query, cohortId, siteId, appliedFrom, appliedUntil);
        Map<ParticipantRole, Map<EnrolmentStatus, Long>> found = new EnumMap<>(ParticipantRole.class);
        for (ParticipantRole role : ParticipantRole.values()) {
            found.put(role, new EnumMap<>(EnrolmentStatus.class));
        }
        for (Object[] row : query.getResultList()) {
            found.get((ParticipantRole) row[0]).put((EnrolmentStatus) row[1], n(row[2]));
        }
        return found;
    }

    private static void narrow(StringBuilder jpql, Long cohortId, Long siteId, Instant from, Instant until) {
        if (cohortId != null) {
            jpql.append(" and e.cohortId = :cohort");
        }
        if (siteId != null) {
            jpql.append(" and e.siteId = :site");
        }
        if (from != null) {
            jpql.append(" and e.appliedAt >= :from");
        }
        if (until != null) {
            jpql.append(" and e.appliedAt < :until");
        }
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, Long cohortId, Long siteId, Instant from,
            Instant until) {
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
