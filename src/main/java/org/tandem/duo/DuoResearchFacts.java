package org.tandem.duo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's duos, their meetings counted (never the notes or topics) and the mentees' outcomes (never the note),
 * for the research export, which decides whose rows it keeps (consent) and checks who may ask. Two queries.
 */
@Service
@Transactional(readOnly = true)
public class DuoResearchFacts {

    public record DuoFact(long duoId, long cohortId, long mentorEnrolmentId, long menteeEnrolmentId, DuoState state,
            Instant proposedAt, Instant activatedAt, LocalDate endedOn, EndReason endReason, int meetings,
            int meetingMinutes) {
    }

    public record OutcomeFact(long duoId, long menteeEnrolmentId, OutcomeMoment moment, OutcomeKind kind,
            String sector, Integer hoursPerWeek, ContractType contractType, String educationSector) {
    }

    public record Facts(List<DuoFact> duos, List<OutcomeFact> outcomes) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DuoResearchFacts(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public Facts of(long programmeId) {
        var params = Map.of("programme", programmeId);
        List<DuoFact> duos = new ArrayList<>();
        jdbc.query("""
                select d.id, d.cohort_id, d.mentor_enrolment_id, d.mentee_enrolment_id, d.state, d.proposed_at,
                       d.activated_at, d.ended_on, d.end_reason,
                       (select count(*) from duo_meeting m where m.duo_id = d.id) as meetings,
                       (select coalesce(sum(m.minutes), 0) from duo_meeting m where m.duo_id = d.id) as minutes
                from duo d where d.programme_id = :programme order by d.id""", params, rs -> {
            Timestamp activated = rs.getTimestamp("activated_at");
            String reason = rs.getString("end_reason");
            duos.add(new DuoFact(rs.getLong("id"), rs.getLong("cohort_id"), rs.getLong("mentor_enrolment_id"),
                    rs.getLong("mentee_enrolment_id"), DuoState.valueOf(rs.getString("state")),
                    rs.getTimestamp("proposed_at").toInstant(), activated == null ? null : activated.toInstant(),
                    rs.getObject("ended_on", LocalDate.class), reason == null ? null : EndReason.valueOf(reason),
                    rs.getInt("meetings"), rs.getInt("minutes")));
        });
        List<OutcomeFact> outcomes = new ArrayList<>();
        jdbc.query("""
                select o.duo_id, d.mentee_enrolment_id, o.moment, o.kind, o.sector, o.hours_per_week,
                       o.contract_type, o.education_sector
                from duo_outcome o join duo d on d.id = o.duo_id
                where d.programme_id = :programme order by o.duo_id, o.moment""", params, rs -> {
            String contract = rs.getString("contract_type");
            outcomes.add(new OutcomeFact(rs.getLong("duo_id"), rs.getLong("mentee_enrolment_id"),
                    OutcomeMoment.valueOf(rs.getString("moment")), OutcomeKind.valueOf(rs.getString("kind")),
                    rs.getString("sector"), rs.getObject("hours_per_week", Integer.class),
                    contract == null ? null : ContractType.valueOf(contract), rs.getString("education_sector")));
        });
        return new Facts(duos, outcomes);
    }
}
