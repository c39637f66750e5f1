package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataChangeListenerTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into enrolment (id, status) values (?, ?)",
        "  UPDATE duo set state = ? where id = ?",
        "delete from meeting where duo_id = ?",
        "merge into person key (id) values (?, ?)",
        "truncate table enrolment, duo cascade",
        "truncate enrolment",
        "update public.duo set state = ?",
        "update \"duo\" set state = ?",
        // a write whose table the pattern cannot read still counts
        "with gone as (delete from meeting returning duo_id) select count(*) from gone",
        "upsert into person values (?)"
    })
    void aWriteToApplicationDataIsAChange(String sql) {
        assertThat(DataChangeListener.changesData(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from duo where id = ?",
        "select count(*) from enrolment e where e.status not in (?, ?)",
        "update spring_session set last_access_time = ? where primary_id = ?",
        "insert into spring_session_attributes (session_primary_id, attribute_name) values (?, ?)",
        "update shedlock set lock_until = ? where name = ?",
        "insert into event_publication (id, event_type) values (?, ?)",
        "update event_publication set completion_date = ? where id = ?",
        "update data_version set version = version + 1 where id = 1",
        "insert into public.flyway_schema_history values (?)",
        "set referential_integrity false"
    })
    void aReadOrAWriteOutsideTheDataIsNot(String sql) {
        assertThat(DataChangeListener.changesData(sql)).isFalse();
    }
}
