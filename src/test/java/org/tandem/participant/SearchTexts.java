package org.tandem.participant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For test data that writes enrolments straight into their table with an empty search text: the text made what the
 * migration that introduced it (V43) and {@link Enrolment#searchTextOf} make of the person's names and address.
 */
public final class SearchTexts {

    private SearchTexts() {
    }

    public static void refresh(JdbcTemplate jdbc) {
        jdbc.update("""
                update enrolment set search_text = (select lower(p.first_name || ' ' || p.last_name || ' ' || p.email)
                                                    from person p where p.id = enrolment.person_id)
                where search_text = ''""");
    }
}
