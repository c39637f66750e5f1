package org.tandem.duo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.tandem.shared.DataVersion;

/**
 * Reads what the health signals need straight from the tables, for a batch of duos (a cohort) at once: a fixed number
 * of queries whatever the number of duos. The meetings are not read: each duo keeps its tally.
 */
@Component
class HealthFacts {

    private record InCohort(long cohortId, Set<DuoState> states) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DataVersion.Kept<InCohort, List<DuoFacts>> kept;

    HealthFacts(DataSource dataSource, DataVersion version) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.kept = version.keep(500);
    }

    List<DuoFacts> of(Collection<Duo> duos) {
        if (duos.isEmpty()) {
            return List.of();
        }
        return withAgreements(duos.stream().map(Duo::vitals).toList(), " where x.duo_id in (:ids)",
                Map.of("ids", duos.stream().map(Duo::id).toList()));
    }

    /**
     * The facts of a cohort's duos in the given states, in the order of their ids: the duos' vitals read as such, and
     * the agreements by a join on the cohort (a list of thousands of ids made H2 compare every row with every id).
     * Facts are data, not signals (those depend on the time): they are kept until the data changes ({@link DataVersion}).
     */
    List<DuoFacts> ofCohort(long cohortId, Collection<DuoState> states) {
        return kept.get(new InCohort(cohortId, Set.copyOf(states)), () -> List.copyOf(read(cohortId, states)));
    }

    private List<DuoFacts> read(long cohortId, Collection<DuoState> states) {
        var parameters = Map.of("cohort", cohortId, "states", states.stream().map(Enum::name).toList());
        var vitals = jdbc.query("""
                select id, mentor_enrolment_id, mentee_enrolment_id, programme_id, state, proposed_at,
                       introduction_at, confirmed_at, activated_at, last_met_on, meetings_since_start
                from duo where cohort_id = :cohort and state in (:states) order by id""", parameters,
                (rs, row) -> new DuoVitals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        DuoState.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), instant(rs, 8),
                        instant(rs, 9), rs.getObject(10, LocalDate.class), rs.getInt(11)));
        if (vitals.isEmpty()) {
            return List.of();
        }
        return withAgreements(vitals,
                " join duo d on d.id = x.duo_id where d.cohort_id = :cohort and d.state in (:states)", parameters);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private List<DuoFacts> withAgreements(List<DuoVitals> duos, String where, Map<String, ?> parameters) {
        var latest = new HashMap<Long, DuoFacts.Agreement>();
        var signed = new HashMap<Long, DuoFacts.Agreement>();
        jdbc.query("""
                select x.duo_id, x.version_no, x.frequency, x.duration_months,
                       case when x.mentor_signed_at is not null and x.mentee_signed_at is not null then 1 else 0 end
                           as signed_by_both
                from duo_agreement x%s order by x.duo_id, x.version_no""".formatted(where), parameters, rs -> {
            var agreement = new DuoFacts.Agreement(rs.getInt("version_no"), rs.getString("frequency"),
                    rs.getInt("duration_months"), rs.getInt("signed_by_both") == 1);
            latest.put(rs.getLong("duo_id"), agreement);
            if (agreement.signedByBoth()) {
                signed.put(rs.getLong("duo_id"), agreement);
            }
        });
        return duos.stream().map(d -> new DuoFacts(d, signed.getOrDefault(d.id(), latest.get(d.id())))).toList();
    }
}
