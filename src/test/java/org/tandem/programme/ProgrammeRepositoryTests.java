package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.CleanDatabase;
import org.tandem.TestDatabase;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/** The mapping against the Flyway schema, on H2 and (in the PostgreSQL pass) on PostgreSQL. */
@DataJpaTest
@CleanDatabase
@Import(TestDatabase.class)
class ProgrammeRepositoryTests {

    @Autowired
    ProgrammeRepository programmes;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProgrammeAndItsPartsSurviveARoundTrip() {
        var programme = Programme.draft(ProgrammeMother.details(), Instant.parse("2026-01-01T00:00:00Z"));
        programme.addStage("First", "the start");
        programme.addStage("Second", null);
        programme.addSite("Rotterdam", Country.NL);
        programme.addSite("Antwerpen", Country.BE);
        programme.addTarget(Metric.DUOS_FORMED, Comparator.AT_LEAST, 24);
        long id = programmes.saveAndFlush(programme).id();
        long second = programme.stages().get(1).id();
        programme.moveStage(second, -1);
        programmes.flush();
        entityManager.clear();

        var loaded = programmes.findById(id).orElseThrow();
        assertThat(loaded.stages()).extracting(Stage::name).containsExactly("Second", "First");
        assertThat(loaded.stages().get(1).description()).isEqualTo("the start");
        assertThat(loaded.sites()).extracting(Site::country).containsExactly(Country.BE, Country.NL);
        assertThat(loaded.targets()).extracting(Target::metric).containsExactly(Metric.DUOS_FORMED);
        assertThat(loaded.languages()).containsExactlyInAnyOrder(Language.NL, Language.FR);
        assertThat(loaded.mentorMinimumAge()).isEqualTo(50);
        assertThat(loaded.menteeMaximumAge()).isNull();
    }

    @Test
    void everyChangeToTheAggregateRaisesItsVersion() {
        var programme = programmes.saveAndFlush(Programme.draft(ProgrammeMother.details(), Instant.now()));
        long before = (Long) jdbc.queryForObject("select version from programme where id = ?", Long.class,
                programme.id());
        programme.moveTo(ProgrammeStatus.RECRUITING);
        programmes.flush();
        long after = jdbc.queryForObject("select version from programme where id = ?", Long.class, programme.id());
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void theSchemaRefusesACohortThatEndsBeforeItStarts() {
        var programme = programmes.saveAndFlush(Programme.draft(ProgrammeMother.details(), Instant.now()));
        assertThatThrownBy(() -> jdbc.update("insert into cohort (id, version, programme_id, name, kind, start_date, "
                + "end_date, closed) values (999999, 0, ?, 'x', 'ROUND', ?, ?, false)", programme.id(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void cohortsAreListedByStartDate() {
        long id = programmes.saveAndFlush(Programme.draft(ProgrammeMother.details(), Instant.now())).id();
        cohorts.save(new Cohort(id, "Later", CohortKind.ROUND, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1)));
        cohorts.save(new Cohort(id, "Earlier", CohortKind.PILOT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)));
        assertThat(cohorts.findByProgrammeIdOrderByStartDate(id)).extracting(Cohort::name)
                .containsExactly("Earlier", "Later");
        assertThat(cohorts.existsByProgrammeIdAndNameIgnoreCase(id, "earlier")).isTrue();
        assertThat(cohorts.countByProgrammeId(id)).isEqualTo(2);
    }
}
