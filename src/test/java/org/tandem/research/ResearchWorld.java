package org.tandem.research;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.duo.MeetingTallies;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.SearchTexts;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.Country;

/**
 * A programme with a crafted cohort for the research export: people written straight into the participant tables
 * (so that a test says exactly who is in which group, and a few thousand are seeded in seconds), with their consents,
 * migration background, duos, meetings, outcomes and attendance; a project with the test researcher on it.
 */
@TestComponent
public class ResearchWorld {

    /** Ids far above what the sequences hand out in a test run. */
    private static final AtomicLong IDS = new AtomicLong(50_000_000L);

    record World(long programmeId, long cohortId, long rotterdam, long brussel) {
    }

    record Person(long personId, long enrolmentId, String email, String lastName) {
    }

    private final ParticipantFixture participants;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final TestUsers users;
    private final ResearchService research;
    private final JdbcTemplate jdbc;

    ResearchWorld(ParticipantFixture participants, ProgrammeService programmes, AccountService accounts,
            TestUsers users, ResearchService research, DataSource dataSource) {
        this.participants = participants;
        this.programmes = programmes;
        this.accounts = accounts;
        this.users = users;
        this.research = research;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** An intergenerational programme (it records migration background) with the test researcher assigned. */
    World programme() {
        return programme(ProgrammeKind.INTERGENERATIONAL);
    }

    World programme(ProgrammeKind kind) {
        users.ensure();
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, kind);
        long brussel = accounts.callAs(TestUsers.COORDINATOR,
                () -> programmes.addSite(setup.programmeId(), "Brussel", Country.BE));
        accounts.callAs(TestUsers.ADMIN, () -> {
            programmes.assignResearcher(setup.programmeId(), users.id(TestUsers.RESEARCHER));
            return null;
        });
        return new World(setup.programmeId(), setup.cohortId(), setup.siteId(), brussel);
    }

    /** A project on the programme with the test researcher on it. */
    long project(World world, String name) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> {
            long id = research.create(world.programmeId(), name, "what it studies");
            research.addResearcher(id, users.id(TestUsers.RESEARCHER));
            return id;
        });
    }

    /**
     * {@code count} people of one group, each enrolled once, with the research consent (and the sensitive-data
     * consent and a migration background when {@code background} is given).
     */
    List<Person> people(World world, int count, long siteId, String role, int birthYear, String gender,
            String background) {
        List<Person> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(person(world, siteId, role, birthYear, gender, true, background));
        }
        return made;
    }

    Person person(World world, long siteId, String role, int birthYear, String gender, boolean research,
            String background) {
        long personId = IDS.incrementAndGet();
        long enrolmentId = IDS.incrementAndGet();
        String lastName = "Zzlast" + personId;
        String email = "person" + personId + "@research.test";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into person (id, version, first_name, last_name, email, phone, birth_year, preferred_language,
                                    city, postcode, country, programme_id, created_at)
                values (?, 0, ?, ?, ?, ?, ?, 'NL', 'Rotterdam', '3011 AB', 'NL', ?, ?)""",
                personId, "Zzfirst" + personId, lastName, email, "+31 6 " + personId, birthYear,
                world.programmeId(), now);
        jdbc.update("""
                insert into enrolment (id, version, person_id, programme_id, cohort_id, role, site_id, capacity,
                                       status, status_changed_at, applied_at, availability, meeting_mode, gender,
                                       ambition, sort_last_name, sort_first_name, search_text)
                values (?, 0, ?, ?, ?, ?, ?, 1, 'ACTIVE', ?, ?, 0, 'BOTH', ?, ?, ?, ?, ?)""",
                enrolmentId, personId, world.programmeId(), world.cohortId(), role, siteId, now, now, gender,
                "Free text ambition of " + lastName, lastName, "Zzfirst" + personId,
                ("Zzfirst" + personId + " " + lastName + " " + email).toLowerCase(java.util.Locale.ROOT));
        if (research) {
            consent(world, personId, "RESEARCH");
        }
        if (background != null) {
            consent(world, personId, "SENSITIVE_DATA");
            jdbc.update("""
                    insert into sensitive_record (id, version, person_id, programme_id, country_of_birth,
                                                  migration_background, recorded_at)
                    values (?, 0, ?, ?, 'SY', ?, ?)""", IDS.incrementAndGet(), personId, world.programmeId(),
                    background, now);
        }
        return new Person(personId, enrolmentId, email, lastName);
    }

    /**
     * {@code count} consenting people in one batch (mentors and mentees alternating, random sites, birth years and
     * genders, a third with a migration background), and a duo with meetings and an outcome for each pair: the
     * cohort of a large programme, seeded in a few seconds.
     */
    void largeCohort(World world, int count, java.util.Random random) {
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> consents = new ArrayList<>();
        List<Object[]> sensitive = new ArrayList<>();
        List<Object[]> duos = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        String[] genders = {"FEMALE", "MALE", "NON_BINARY"};
        String[] backgrounds = {"FIRST_GENERATION", "SECOND_GENERATION", "NONE"};
        Timestamp now = Timestamp.from(Instant.now());
        long mentorEnrolment = 0;
        for (int i = 0; i < count; i++) {
            long personId = IDS.incrementAndGet();
            long enrolmentId = IDS.incrementAndGet();
            boolean mentor = i % 2 == 0;
            persons.add(new Object[] {personId, "F" + personId, "L" + personId, "p" + personId + "@large.test",
                    (mentor ? 1955 : 1990) + random.nextInt(12), world.programmeId(), now});
            enrolments.add(new Object[] {enrolmentId, personId, world.programmeId(), world.cohortId(),
                    mentor ? "MENTOR" : "MENTEE", random.nextBoolean() ? world.rotterdam() : world.brussel(), now, now,
                    genders[random.nextInt(random.nextInt(10) == 0 ? 3 : 2)]});
            consents.add(new Object[] {IDS.incrementAndGet(), personId, world.programmeId(), "RESEARCH", now});
            if (random.nextInt(3) == 0) {
                consents.add(new Object[] {IDS.incrementAndGet(), personId, world.programmeId(), "SENSITIVE_DATA", now});
                sensitive.add(new Object[] {IDS.incrementAndGet(), personId, world.programmeId(),
                        backgrounds[random.nextInt(3)], now});
            }
            if (mentor) {
                mentorEnrolment = enrolmentId;
            } else {
                long duoId = IDS.incrementAndGet();
                duos.add(new Object[] {duoId, mentorEnrolment, enrolmentId, world.cohortId(), world.programmeId(), now,
                        now});
                for (int m = random.nextInt(8); m > 0; m--) {
                    meetings.add(new Object[] {IDS.incrementAndGet(), duoId, now});
                }
                outcomes.add(new Object[] {IDS.incrementAndGet(), duoId, now});
            }
        }
        jdbc.batchUpdate("""
                insert into person (id, version, first_name, last_name, email, birth_year, preferred_language,
                                    programme_id, created_at)
                values (?, 0, ?, ?, ?, ?, 'NL', ?, ?)""", persons);
        var names = new java.util.HashMap<Object, Object[]>();
        persons.forEach(p -> names.put(p[0], new Object[] {p[2], p[1]}));
        jdbc.batchUpdate("""
                insert into enrolment (id, version, person_id, programme_id, cohort_id, role, site_id, capacity,
                                       status, status_changed_at, applied_at, availability, meeting_mode, gender,
                                       sort_last_name, sort_first_name, search_text)
                values (?, 0, ?, ?, ?, ?, ?, 1, 'ACTIVE', ?, ?, 0, 'BOTH', ?, ?, ?, '')""", enrolments.stream().map(e -> {
                    var row = java.util.Arrays.copyOf(e, e.length + 2);
                    row[e.length] = names.get(e[1])[0];
                    row[e.length + 1] = names.get(e[1])[1];
                    return row;
                }).toList());
        jdbc.batchUpdate("""
                insert into consent (id, version, person_id, programme_id, purpose, text_version, given_at)
                values (?, 0, ?, ?, ?, 1, ?)""", consents);
        jdbc.batchUpdate("""
                insert into sensitive_record (id, version, person_id, programme_id, country_of_birth,
                                              migration_background, recorded_at)
                values (?, 0, ?, ?, 'SY', ?, ?)""", sensitive);
        jdbc.batchUpdate("""
                insert into duo (id, version, mentor_enrolment_id, mentee_enrolment_id, cohort_id, programme_id,
                                 matching_run_id, state, proposed_at, mentor_slot, mentor_capacity, activated_at)
                values (?, 0, ?, ?, ?, ?, 1, 'ACTIVE', ?, null, 1, ?)""", duos);
        jdbc.batchUpdate("""
                insert into duo_meeting (id, version, duo_id, held_on, minutes, mode, topics, tags, logged_by,
                                         logged_by_side, logged_at)
                values (?, 0, ?, current_date, 45, 'ONLINE', 't', '', 'x@test', 'MENTOR', ?)""", meetings);
        MeetingTallies.recount(jdbc);
        SearchTexts.refresh(jdbc);
        jdbc.batchUpdate("""
                insert into duo_outcome (id, duo_id, moment, kind, recorded_by, recorded_at)
                values (?, ?, 'AT_END', 'JOB', 'x@test', ?)""", outcomes);
    }

    long consent(World world, long personId, String purpose) {
        long id = IDS.incrementAndGet();
        jdbc.update("""
                insert into consent (id, version, person_id, programme_id, purpose, text_version, given_at)
                values (?, 0, ?, ?, ?, 1, ?)""", id, personId, world.programmeId(), purpose,
                Timestamp.from(Instant.now()));
        return id;
    }

    /** An active duo with a few meetings (with notes) and an outcome at the end. */
    long duo(World world, Person mentor, Person mentee, int meetings) {
        long duoId = IDS.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into duo (id, version, mentor_enrolment_id, mentee_enrolment_id, cohort_id, programme_id,
                                 matching_run_id, state, proposed_at, mentor_slot, mentor_capacity, activated_at)
                values (?, 0, ?, ?, ?, ?, 1, 'ACTIVE', ?, null, 1, ?)""", duoId, mentor.enrolmentId(),
                mentee.enrolmentId(), world.cohortId(), world.programmeId(), now, now);
        for (int i = 0; i < meetings; i++) {
            jdbc.update("""
                    insert into duo_meeting (id, version, duo_id, held_on, minutes, mode, topics, tags, shared_notes,
                                             logged_by, logged_by_side, logged_at)
                    values (?, 0, ?, current_date, 60, 'IN_PERSON', 'topic', '', 'Secret note of the duo', ?, 'MENTOR',
                            ?)""", IDS.incrementAndGet(), duoId, mentor.email(), now);
        }
        MeetingTallies.recount(jdbc);
        jdbc.update("""
                insert into duo_outcome (id, duo_id, moment, kind, sector, hours_per_week, contract_type, note,
                                         recorded_by, recorded_at)
                values (?, ?, 'AT_END', 'JOB', 'ICT', 32, 'PERMANENT', 'Outcome note text', 'x@test', ?)""",
                IDS.incrementAndGet(), duoId, now);
        return duoId;
    }

    String salt(long projectId) {
        return jdbc.queryForObject("select salt from research_project where id = ?", String.class, projectId);
    }

    /** Every id, e-mail address and name in the database that could identify a person, as text. */
    List<String> identifiers() {
        List<String> found = new ArrayList<>();
        jdbc.query("select id, email, first_name, last_name, phone, postcode, user_id from person", rs -> {
            for (int c = 1; c <= 7; c++) {
                String value = rs.getString(c);
                if (value != null) {
                    found.add(value);
                }
            }
        });
        jdbc.query("select id, person_id from enrolment", rs -> {
            found.add(rs.getString(1));
            found.add(rs.getString(2));
        });
        jdbc.query("select id from duo", rs -> {
            found.add(rs.getString(1));
        });
        jdbc.query("select id, email, display_name from user_account", rs -> {
            found.add(rs.getString(1));
            found.add(rs.getString(2));
            found.add(rs.getString(3));
        });
        return found;
    }
}
