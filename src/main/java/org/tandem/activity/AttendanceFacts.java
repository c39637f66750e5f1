package org.tandem.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many activities of each kind each enrolment of a programme attended (training sessions, workshops,
 * intervision sessions), counted in three grouped queries, for the research export (which checks who may ask and
 * keeps only consenting people). Counts only: no titles, places or notes.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceFacts {

    public enum Kind { TRAINING_SESSION, WORKSHOP, INTERVISION_SESSION }

    public record Attended(long enrolmentId, Kind kind, int count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AttendanceFacts(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public List<Attended> of(long programmeId) {
        var params = Map.of("programme", programmeId);
        List<Attended> found = new ArrayList<>();
        jdbc.query("""
                select a.enrolment_id, count(*) as n from training_attendance a
                join training_session s on s.id = a.session_id
                where s.programme_id = :programme group by a.enrolment_id order by a.enrolment_id""", params,
                rs -> {
                    found.add(new Attended(rs.getLong("enrolment_id"), Kind.TRAINING_SESSION, rs.getInt("n")));
                });
        jdbc.query("""
                select r.enrolment_id, count(*) as n from workshop_registration r
                join workshop w on w.id = r.workshop_id
                where w.programme_id = :programme and r.enrolment_id is not null and r.attended = true
                group by r.enrolment_id order by r.enrolment_id""", params, rs -> {
            found.add(new Attended(rs.getLong("enrolment_id"), Kind.WORKSHOP, rs.getInt("n")));
        });
        jdbc.query("""
                select a.enrolment_id, count(*) as n from intervision_attendance a
                join intervision_session s on s.id = a.session_id
                where s.programme_id = :programme and a.present = true
                group by a.enrolment_id order by a.enrolment_id""", params, rs -> {
            found.add(new Attended(rs.getLong("enrolment_id"), Kind.INTERVISION_SESSION, rs.getInt("n")));
        });
        return found;
    }
}
