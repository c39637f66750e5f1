package org.tandem.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.CleanDatabase;
import org.tandem.TestDatabase;
import org.tandem.shared.Country;

/** The mapping against the Flyway schema, on H2 and (in the PostgreSQL pass) on PostgreSQL. */
@DataJpaTest
@CleanDatabase
@Import(TestDatabase.class)
class EmployerRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    EmployerRepository employers;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmployerWithContactsAndRecruitmentsSurvivesARoundTrip() {
        var employer = new Employer(EmployerMother.details("Round Trip BV", true), NOW);
        employer.addContact(new ContactDetails("Ann", "ann@example.org", "010", "HR", null), 9001L);
        employer.addContact(new ContactDetails("Bob", "bob@example.org", null, null, null), null);
        employer.recruitFor(501L, NOW, "Sanne");
        employer.recruitFor(502L, NOW, "Sanne");
        employer.moveTo(501L, PipelineStage.CONTACTED, null, NOW.plusSeconds(60), "Sanne");
        employer.moveTo(501L, PipelineStage.DECLINED, "no time", NOW.plusSeconds(120), "Sanne");
        employer.pledge(502L, 4, 12, null);
        long id = employers.saveAndFlush(employer).id();
        entityManager.clear();

        var loaded = employers.findById(id).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Round Trip BV");
        assertThat(loaded.heavyProfession()).isTrue();
        assertThat(loaded.country()).isEqualTo(Country.NL);
        assertThat(loaded.sizeBand()).isEqualTo(SizeBand.MEDIUM);
        assertThat(loaded.contacts()).extracting(ContactPerson::name).containsExactly("Ann", "Bob");
        assertThat(loaded.contacts().get(0).userId()).isEqualTo(9001L);
        var declined = loaded.recruitment(501L).orElseThrow();
        assertThat(declined.stage()).isEqualTo(PipelineStage.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("no time");
        assertThat(declined.history()).extracting(RecruitmentStep::stage)
                .containsExactly(PipelineStage.PROSPECT, PipelineStage.CONTACTED, PipelineStage.DECLINED);
        assertThat(declined.history().get(2).changedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(loaded.recruitment(502L).orElseThrow().pledgedMentors()).isEqualTo(4);
        assertThat(employers.findByContactUser(9001L)).map(Employer::id).contains(id);
        assertThat(employers.findInProgrammes(List.of(502L, 999L))).extracting(Employer::id).containsExactly(id);
    }

    @Test
    void theNaturalKeyIsUniqueWhateverTheCase() {
        employers.saveAndFlush(new Employer(EmployerMother.details("Twice BV", false), NOW));
        assertThat(employers.existsByNaturalKey(Employer.naturalKey("TWICE bv", "utrecht"))).isTrue();
        assertThatThrownBy(() -> employers.saveAndFlush(new Employer(EmployerMother.details(" twice bv", false), NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void countsCommittedAndHeavyProfessionEmployersOfAProgramme() {
        long programme = 777L;
        var heavyActive = new Employer(EmployerMother.details("Heavy Active", true), NOW);
        var lightCommitted = new Employer(EmployerMother.details("Light Committed", false), NOW);
        var heavyInterested = new Employer(EmployerMother.details("Heavy Interested", true), NOW);
        for (var employer : List.of(heavyActive, lightCommitted, heavyInterested)) {
            employer.recruitFor(programme, NOW, "t");
            employer.moveTo(programme, PipelineStage.CONTACTED, null, NOW, "t");
            employer.moveTo(programme, PipelineStage.INTERESTED, null, NOW, "t");
        }
        for (var employer : List.of(heavyActive, lightCommitted)) {
            employer.moveTo(programme, PipelineStage.COMMITTED, null, NOW, "t");
        }
        heavyActive.moveTo(programme, PipelineStage.ACTIVE, null, NOW, "t");
        employers.saveAllAndFlush(List.of(heavyActive, lightCommitted, heavyInterested));
        assertThat(employers.findIdsAtStages(programme, PipelineStage.COMMITTED_STAGES))
                .containsExactlyInAnyOrder(heavyActive.id(), lightCommitted.id());
        assertThat(employers.countHeavyAtStages(programme, PipelineStage.COMMITTED_STAGES)).isEqualTo(1);
    }

    @Test
    void aStepRaisesTheRecruitmentsVersion() {
        var employer = new Employer(EmployerMother.details(), NOW);
        employer.recruitFor(1L, NOW, "t");
        employers.saveAndFlush(employer);
        long id = employer.recruitment(1L).orElseThrow().id();
        long before = jdbc.queryForObject("select version from recruitment where id = ?", Long.class, id);
        employer.moveTo(1L, PipelineStage.CONTACTED, null, NOW, "t");
        employers.flush();
        long after = jdbc.queryForObject("select version from recruitment where id = ?", Long.class, id);
        assertThat(after).isGreaterThan(before);
    }
}
