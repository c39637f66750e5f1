package org.tandem.participant;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * The research consenters of a programme, read in two queries whatever their number. The research module checks who
 * may ask (researchers of a project on the programme) before it calls this; consent is checked here, at the source.
 */
@Service
@Transactional(readOnly = true)
public class ResearchSubjects {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProgrammeCatalogue catalogue;

    ResearchSubjects(DataSource dataSource, ProgrammeCatalogue catalogue) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.catalogue = catalogue;
    }

    public ResearchCohort of(long programmeId) {
        var params = Map.of("programme", programmeId);
        List<ResearchCohort.Subject> subjects = new ArrayList<>();
        jdbc.query("""
                select e.id, e.person_id, e.cohort_id, e.role, e.site_id, e.status, e.applied_at, e.gender,
                       p.birth_year
                from enrolment e join person p on p.id = e.person_id
                where e.programme_id = :programme
                  and exists (select 1 from consent c where c.person_id = e.person_id and c.programme_id = :programme
                              and c.purpose = 'RESEARCH' and c.withdrawn_at is null)
                order by e.id""", params, rs -> {
            String gender = rs.getString("gender");
            Timestamp applied = rs.getTimestamp("applied_at");
            subjects.add(new ResearchCohort.Subject(rs.getLong("person_id"), rs.getLong("id"),
                    rs.getLong("cohort_id"), ParticipantRole.valueOf(rs.getString("role")),
                    (Long) rs.getObject("site_id", Long.class), EnrolmentStatus.valueOf(rs.getString("status")),
                    applied == null ? null : applied.toInstant(), rs.getObject("birth_year", Integer.class),
                    gender == null ? null : Gender.valueOf(gender)));
        });
        Map<Long, MigrationBackground> backgrounds = new HashMap<>();
        boolean records = catalogue.rules(programmeId).map(r -> r.recordsMigrationBackground()).orElse(false);
        if (records) {
            jdbc.query("""
                    select s.person_id, s.migration_background from sensitive_record s
                    where s.programme_id = :programme and s.migration_background is not null
                      and exists (select 1 from consent c where c.person_id = s.person_id
                                  and c.programme_id = :programme and c.purpose = 'SENSITIVE_DATA'
                                  and c.withdrawn_at is null)
                      and exists (select 1 from consent c where c.person_id = s.person_id
                                  and c.programme_id = :programme and c.purpose = 'RESEARCH'
                                  and c.withdrawn_at is null)""", params,
                    rs -> {
                        backgrounds.put(rs.getLong("person_id"),
                                MigrationBackground.valueOf(rs.getString("migration_background")));
                    });
        }
        return new ResearchCohort(subjects, backgrounds);
    }
}
