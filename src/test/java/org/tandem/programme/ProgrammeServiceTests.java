package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.shared.Country;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class ProgrammeServiceTests {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return accounts.callAs(email, work);
    }

    @Test
    void aCoordinatorWhoCreatesAProgrammeIsAssignedToItAndOnlyTheySeeIt() {
        long id = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));

        assertThat(as(TestUsers.COORDINATOR, programmes::list)).extracting(ProgrammeSummary::id).contains(id);
        assertThat(as(TestUsers.OTHER_COORDINATOR, programmes::list)).extracting(ProgrammeSummary::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> programmes.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(TestUsers.OTHER_COORDINATOR, () -> {
            programmes.addSite(id, "Gent", Country.BE);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(as(TestUsers.ADMIN, () -> programmes.get(id)).id()).isEqualTo(id);
    }

    @Test
    void anAdminAssignsAnotherCoordinator() {
        long id = as(TestUsers.ADMIN, () -> programmes.create(ProgrammeMother.details()));
        long other = users.id(TestUsers.OTHER_COORDINATOR);
        as(TestUsers.ADMIN, () -> {
            programmes.assignCoordinator(id, other);
            return null;
        });
        assertThat(as(TestUsers.OTHER_COORDINATOR, () -> programmes.get(id)).id()).isEqualTo(id);
        assertThat(as(TestUsers.ADMIN, () -> programmes.coordinators(id))).extracting(u -> u.email())
                .containsExactly(TestUsers.OTHER_COORDINATOR);
    }

    @Test
    void aCoordinatorCannotAssignColleagues() {
        long id = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        long other = users.id(TestUsers.OTHER_COORDINATOR);
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> {
            programmes.assignCoordinator(id, other);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void otherRolesCannotCreateProgrammes() {
        assertThatThrownBy(() -> as(TestUsers.MENTOR, () -> programmes.create(ProgrammeMother.details())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(TestUsers.MENTOR, programmes::list)).isEmpty();
    }

    @Test
    void programmeNamesAreUniqueWhateverTheCase() {
        String name = ProgrammeMother.uniqueName("Unique");
        as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details(name)));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR,
                () -> programmes.create(ProgrammeMother.details(name.toUpperCase()))))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void theWholeProgrammeIsStoredAndReadBack() {
        var view = as(TestUsers.COORDINATOR, () -> {
            long id = programmes.create(ProgrammeMother.details());
            long a = programmes.addStage(id, "Orientation", "Find out what teaching is");
            long b = programmes.addStage(id, "Visit a school", null);
            long c = programmes.addStage(id, "Front of the class", null);
            programmes.reorderStages(id, List.of(c, a, b));
            programmes.moveStage(id, b, -1);
            programmes.addSite(id, "Brussel", Country.BE);
            programmes.addSite(id, "Paris", Country.FR);
            programmes.addTarget(id, Metric.SITES, Comparator.AT_LEAST, 3);
            programmes.addTarget(id, Metric.EMPLOYERS_COMMITTED, Comparator.AT_LEAST, 5);
            programmes.addCohort(id, ProgrammeMother.cohort("Round 1"));
            return programmes.get(id);
        });
        assertThat(view.stages()).extracting(StageView::name)
                .containsExactly("Front of the class", "Visit a school", "Orientation");
        assertThat(view.stages()).extracting(StageView::position).containsExactly(1, 2, 3);
        assertThat(view.sites()).extracting(SiteView::city).containsExactly("Brussel", "Paris");
        assertThat(view.cohorts()).extracting(CohortView::name).containsExactly("Round 1");
        var sites = view.targets().get(0);
        assertThat(sites.measured()).isTrue();
        assertThat(sites.current()).isEqualTo(2.0);
        assertThat(sites.met()).isFalse();
        assertThat(view.targets().get(1).measured()).as("employers are measured by the employer module").isTrue();
        assertThat(view.targets().get(1).current()).isEqualTo(0.0);
    }

    @Test
    void cohortNamesAreUniqueWithinAProgramme() {
        long id = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        as(TestUsers.COORDINATOR, () -> programmes.addCohort(id, ProgrammeMother.cohort("Pilot 1")));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR,
                () -> programmes.addCohort(id, ProgrammeMother.cohort("pilot 1"))))
                .isInstanceOf(FieldException.class);
    }

    @Test
    void aCohortOfAnotherProgrammeIsNotFound() {
        long first = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        long second = as(TestUsers.COORDINATOR, () -> programmes.create(ProgrammeMother.details()));
        long cohort = as(TestUsers.COORDINATOR, () -> programmes.addCohort(first,
                new CohortDetails("Edition", CohortKind.EDITION, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1))));
        assertThatThrownBy(() -> as(TestUsers.COORDINATOR, () -> programmes.getCohort(second, cohort)))
                .isInstanceOf(NotFoundException.class);
    }
}
