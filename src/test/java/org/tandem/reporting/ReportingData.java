package org.tandem.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.duo.DuoState;
import org.tandem.duo.MeetingTallies;
import org.tandem.duo.OutcomeKind;
import org.tandem.duo.OutcomeMoment;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.FunnelStep;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.SearchTexts;

/**
 * Crafted enrolments, duos, meetings and outcomes written straight into the tables with batched inserts, so that a
 * test knows every number a report should show (and a benchmark can seed tens of thousands of people in seconds).
 * The people have no accounts; the programme, cohort and site come from the caller.
 */
@TestComponent
public class ReportingData {

    private static final AtomicLong IDS = new AtomicLong(800_000_000L);

    private final JdbcTemplate jdbc;
    private final List<Object[]> persons = new ArrayList<>();
    private final List<Object[]> enrolments = new ArrayList<>();
    private final List<Object[]> history = new ArrayList<>();
    private final List<Object[]> duos = new ArrayList<>();
    private final List<Object[]> meetings = new ArrayList<>();
    private final List<Object[]> outcomes = new ArrayList<>();

    ReportingData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An enrolment that went through the given statuses in order (the first is where it started, e.g. APPLIED), with
     * when it first reached each funnel step, as the enrolment itself keeps it.
     */
    long enrolment(long programmeId, long cohortId, Long siteId, ParticipantRole role, Instant appliedAt,
            EnrolmentStatus... path) {
        long person = IDS.incrementAndGet();
        long id = IDS.incrementAndGet();
        persons.add(new Object[] {person, "P" + person, "Crafted", "p" + person + "@crafted.test", "nl",
                Timestamp.from(appliedAt), programmeId});
        Instant at = appliedAt;
        var reached = new EnumMap<FunnelStep, Timestamp>(FunnelStep.class);
        for (EnrolmentStatus status : path) {
            history.add(new Object[] {id, status.name(), Timestamp.from(at)});
            for (FunnelStep step : FunnelStep.values()) {
                if (step.reachedBy(status)) {
                    reached.putIfAbsent(step, Timestamp.from(at));
                }
            }
            at = at.plusSeconds(86_400);
        }
        enrolments.add(new Object[] {id, person, programmeId, cohortId, role.name(), siteId,
                path[path.length - 1].name(), Timestamp.from(at), Timestamp.from(appliedAt),
                reached.get(FunnelStep.ELIGIBLE), reached.get(FunnelStep.TRAINED), reached.get(FunnelStep.MATCHED),
                reached.get(FunnelStep.ACTIVE), reached.get(FunnelStep.COMPLETED)});
        return id;
    }

    long duo(long programmeId, long cohortId, long mentor, long mentee, DuoState state, boolean started) {
        long id = IDS.incrementAndGet();
        Instant proposed = Instant.parse("2026-01-05T10:00:00Z");
        duos.add(new Object[] {id, mentor, mentee, cohortId, programmeId, state.name(), Timestamp.from(proposed),
                started ? Timestamp.from(proposed.plusSeconds(7 * 86_400)) : null,
                state == DuoState.COMPLETED || state == DuoState.ENDED_EARLY ? java.sql.Date.valueOf("2026-06-30")
                        : null});
        return id;
    }

    void meetings(long duoId, int count) {
        for (int i = 0; i < count; i++) {
            meetings.add(new Object[] {IDS.incrementAndGet(), duoId,
                    java.sql.Date.valueOf(LocalDate.of(2026, 2, 1).plusDays(7L * i))});
        }
    }

    void outcome(long duoId, OutcomeMoment moment, OutcomeKind kind) {
        outcomes.add(new Object[] {IDS.incrementAndGet(), duoId, moment.name(), kind.name()});
    }

    /** Writes everything added since the last flush. */
    void flush() {
        jdbc.batchUpdate("insert into person (id, version, first_name, last_name, email, preferred_language, "
                + "created_at, programme_id) values (?, 0, ?, ?, ?, ?, ?, ?)", persons);
        var names = new java.util.HashMap<Object, Object[]>();
        persons.forEach(p -> names.put(p[0], new Object[] {p[2], p[1]}));
        var named = enrolments.stream().map(e -> {
            var row = java.util.Arrays.copyOf(e, e.length + 2);
            var name = names.containsKey(e[1]) ? names.get(e[1])
                    : jdbc.queryForList("select last_name, first_name from person where id = ?", e[1]).get(0)
                            .values().toArray();
            row[e.length] = name[0];
            row[e.length + 1] = name[1];
            return row;
        }).toList();
        jdbc.batchUpdate("insert into enrolment (id, version, person_id, programme_id, cohort_id, role, site_id, "
                + "capacity, status, status_changed_at, applied_at, availability, meeting_mode, reached_eligible_at, "
                + "reached_trained_at, reached_matched_at, reached_active_at, reached_completed_at, sort_last_name, "
                + "sort_first_name, search_text) values (?, 0, ?, ?, ?, ?, ?, 1, ?, ?, ?, 0, 'BOTH', ?, ?, ?, ?, ?, ?, ?, "
                + "'')", named);
        SearchTexts.refresh(jdbc);
        jdbc.batchUpdate("insert into enrolment_status_change (enrolment_id, status, changed_at) values (?, ?, ?)",
                history);
        jdbc.batchUpdate("insert into duo (id, version, mentor_enrolment_id, mentee_enrolment_id, cohort_id, "
                + "programme_id, matching_run_id, state, proposed_at, mentor_capacity, activated_at, ended_on) "
                + "values (?, 0, ?, ?, ?, ?, 1, ?, ?, 1, ?, ?)", duos);
        jdbc.batchUpdate("insert into duo_meeting (id, version, duo_id, held_on, minutes, mode, topics, tags, "
                + "logged_by, logged_by_side, logged_at) values (?, 0, ?, ?, 60, 'IN_PERSON', '', '', "
                + "'crafted@test', 'MENTOR', current_timestamp)", meetings);
        MeetingTallies.recount(jdbc);
        jdbc.batchUpdate("insert into duo_outcome (id, version, duo_id, moment, kind, recorded_by, recorded_at) "
                + "values (?, 0, ?, ?, ?, 'crafted@test', current_timestamp)", outcomes);
        persons.clear();
        enrolments.clear();
        history.clear();
        duos.clear();
        meetings.clear();
        outcomes.clear();
    }
}
