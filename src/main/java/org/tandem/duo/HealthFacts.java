package org.tandem.duo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the agreements the health signals need straight from their table, for a batch of duos (a cohort) at once:
 * one query whatever the number of duos. The meetings are not read: each duo keeps its tally.
 */
@Component
class HealthFacts {

    private final NamedParameterJdbcTemplate jdbc;

    HealthFacts(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    List<DuoFacts> of(Collection<Duo> duos) {
        if (duos.isEmpty()) {
            return List.of();
        }
        return read(duos, " where x.duo_id in (:ids)", Map.of("ids", duos.stream().map(Duo::id).toList()));
    }

    /**
     * The facts of a cohort's duos in the given states (as {@code duos} holds them), selected by a join on the
     * cohort: a list of thousands of ids made H2 compare every agreement with every id.
     */
    List<DuoFacts> ofCohort(long cohortId, Collection<DuoState> states, Collection<Duo> duos) {
        if (duos.isEmpty()) {
            return List.of();
        }
        return read(duos, " join duo d on d.id = x.duo_id where d.cohort_id = :cohort and d.state in (:states)",
                Map.of("cohort", cohortId, "states", states.stream().map(Enum::name).toList()));
    }

    private List<DuoFacts> read(Collection<Duo> duos, String where, Map<String, ?> parameters) {
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
