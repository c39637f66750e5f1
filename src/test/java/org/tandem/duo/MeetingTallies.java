package org.tandem.duo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For test data that writes meetings straight into their table: each duo's tally made equal to its log again, as the
 * migration that introduced the tally filled it in.
 */
public final class MeetingTallies {

    private MeetingTallies() {
    }

    public static void recount(JdbcTemplate jdbc) {
        jdbc.update("""
                update duo set meetings_logged = (select count(*) from duo_meeting m where m.duo_id = duo.id),
                       meetings_since_start = (select count(*) from duo_meeting m where m.duo_id = duo.id
                                               and m.held_on >= cast(duo.activated_at as date)),
                       last_met_on = (select max(m.held_on) from duo_meeting m where m.duo_id = duo.id)""");
    }
}
