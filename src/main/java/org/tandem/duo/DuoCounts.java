package org.tandem.duo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.DataVersion;

/**
 * Aggregate counts over a programme's duos for reports and dashboards: one grouped query each, whatever the number
 * of duos. Numbers only, no person; the calling module decides who may see them. The optional narrowing is the same
 * as the participant module's counts: a cohort, and the site and application period of the duo's mentee. The mentee's
 * enrolment is read with a join on its table in SQL (a read of aggregates only, the participant module's rows are
 * neither loaded nor changed), so that narrowing by site never needs one query or one parameter per duo. Each count
 * is kept until the data changes ({@link DataVersion}): a dashboard read again by its many viewers counts once.
 */
@Service
@Transactional(readOnly = true)
public class DuoCounts {

    private record Narrowed(long programmeId, Long cohortId, Long siteId, Instant from, Instant until) {
    }

    private final EntityManager entityManager;
    private final DataVersion.Kept<Narrowed, MenteeOutcomeCounts> positive;
    private final DataVersion.Kept<Narrowed, Map<DuoState, Long>> states;
    private final DataVersion.Kept<Narrowed, Map<Integer, Long>> meetings;

    DuoCounts(EntityManager entityManager, DataVersion version) {
        this.entityManager = entityManager;
        this.positive = version.keep(1_000);
        this.states = version.keep(1_000);
        this.meetings = version.keep(1_000);
    }

    /**
     * Mentees who completed the programme (their enrolment is completed) with a positive outcome (a job, an
     * internship, education or training, a start as a teacher) recorded at the 3- and at the 12-month follow-up.
     */
    public MenteeOutcomeCounts positiveFollowUps(long programmeId, Long cohortId, Long siteId, Instant appliedFrom,
            Instant appliedUntil) {
        var narrowed = new Narrowed(programmeId, cohortId, siteId, appliedFrom, appliedUntil);
        return positive.get(narrowed,
                () -> positiveFollowUpsNow(programmeId, cohortId, siteId, appliedFrom, appliedUntil));
    }

    private MenteeOutcomeCounts positiveFollowUpsNow(long programmeId, Long cohortId, Long siteId,
            Instant appliedFrom, Instant appliedUntil) {
        var sql = new StringBuilder("select o.moment, count(distinct d.mentee_enrolment_id) from duo d "
                + "join duo_outcome o on o.duo_id = d.id join enrolment e on e.id = d.mentee_enrolment_id "
                + "where d.programme_id = :programme and e.status = 'COMPLETED' and o.kind in (:positive) "
                + "and o.moment in ('MONTHS_3', 'MONTHS_12')");
        narrow(sql, cohortId, siteId, appliedFrom, appliedUntil, false);
        sql.append(" group by o.moment");
        var query = entityManager.createNativeQuery(sql.toString()).setParameter("programme", programmeId)
                .setParameter("positive", OutcomeKind.POSITIVE.stream().map(Enum::name).toList());
        bind(query, cohortId, siteId, appliedFrom, appliedUntil);
        long months3 = 0;
        long months12 = 0;
        for (Object row : query.getResultList()) {
            var cells = (Object[]) row;
            if (OutcomeMoment.MONTHS_3.name().equals(cells[0])) {
                months3 = n(cells[1]);
            } else {
                months12 = n(cells[1]);
            }
        }
        return new MenteeOutcomeCounts(months3, months12);
    }

    /** Duos per state (every state present, 0 where none). */
    public Map<DuoState, Long> byState(long programmeId, Long cohortId, Long siteId, Instant appliedFrom,
            Instant appliedUntil) {
        var narrowed = new Narrowed(programmeId, cohortId, siteId, appliedFrom, appliedUntil);
        return states.get(narrowed, () -> Collections.unmodifiableMap(
                byStateNow(programmeId, cohortId, siteId, appliedFrom, appliedUntil)));
    }

    private Map<DuoState, Long> byStateNow(long programmeId, Long cohortId, Long siteId,
            Instant appliedFrom, Instant appliedUntil) {
        var sql = new StringBuilder("select d.state, count(*) from duo d");
        narrow(sql.append(" where d.programme_id = :programme"), cohortId, siteId, appliedFrom, appliedUntil, true);
        sql.append(" group by d.state");
        var query = entityManager.createNativeQuery(sql.toString()).setParameter("programme", programmeId);
        bind(query, cohortId, siteId, appliedFrom, appliedUntil);
        Map<DuoState, Long> found = new EnumMap<>(DuoState.class);
        for (DuoState state : DuoState.values()) {
            found.put(state, 0L);
        }
        for (Object row : query.getResultList()) {
            var cells = (Object[]) row;
            found.put(DuoState.valueOf((String) cells[0]), n(cells[1]));
        }
        return found;
    }

    /**
     * How many duos that started (their agreement was signed: active, paused, completed or ended early after
     * starting) logged how many meetings: meetings logged → number of duos, in ascending order of meetings.
     */
    public Map<Integer, Long> meetingsPerDuo(long programmeId, Long cohortId, Long siteId, Instant appliedFrom,
            Instant appliedUntil) {
        var narrowed = new Narrowed(programmeId, cohortId, siteId, appliedFrom, appliedUntil);
        return meetings.get(narrowed, () -> Collections.unmodifiableMap(
                meetingsPerDuoNow(programmeId, cohortId, siteId, appliedFrom, appliedUntil)));
    }

    private Map<Integer, Long> meetingsPerDuoNow(long programmeId, Long cohortId, Long siteId,
            Instant appliedFrom, Instant appliedUntil) {
        var sql = new StringBuilder("select d.meetings_logged, count(*) from duo d");
        narrow(sql.append(" where d.programme_id = :programme and d.activated_at is not null"), cohortId, siteId,
                appliedFrom, appliedUntil, true);
        sql.append(" group by d.meetings_logged order by d.meetings_logged");
        var query = entityManager.createNativeQuery(sql.toString()).setParameter("programme", programmeId);
        bind(query, cohortId, siteId, appliedFrom, appliedUntil);
        Map<Integer, Long> found = new TreeMap<>();
        for (Object row : query.getResultList()) {
            var cells = (Object[]) row;
            found.put((int) n(cells[0]), n(cells[1]));
        }
        return new LinkedHashMap<>(found);
    }

    /** Narrows by cohort and by the mentee's site and application date; joins the mentee's enrolment if needed. */
    private static void narrow(StringBuilder sql, Long cohortId, Long siteId, Instant from, Instant until,
            boolean joinMentee) {
        if (cohortId != null) {
            sql.append(" and d.cohort_id = :cohort");
        }
        boolean mentee = siteId != null || from != null || until != null;
        if (mentee && joinMentee) {
            sql.append(" and d.mentee_enrolment_id in (select e.id from enrolment e where e.programme_id = :programme");
        }
        if (siteId != null) {
            sql.append(" and e.site_id = :site");
        }
        if (from != null) {
            sql.append(" and e.applied_at >= :from");
        }
        if (until != null) {
            sql.append(" and e.applied_at < :until");
        }
        if (mentee && joinMentee) {
            sql.append(")");
        }
    }

    private static void bind(Query query, Long cohortId, Long siteId, Instant from, Instant until) {
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
