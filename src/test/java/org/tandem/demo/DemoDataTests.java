package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.account.Role;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeStatus;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.programme.SiteView;

@DemoServerTest
class DemoDataTests {

    @Autowired
    DemoData demo;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Test
    void everyRoleHasADemoAccount() {
        for (String email : new String[] {"admin@demo.tandem", "coordinator@demo.tandem", "employer@demo.tandem",
                "mentor@demo.tandem", "mentee@demo.tandem", "researcher@demo.tandem"}) {
            assertThat(accounts.findByEmail(email)).as(email).isPresent();
        }
        var coordinator = accounts.callAs(DemoData.COORDINATOR, accounts::requireCurrent);
        assertThat(coordinator.has(Role.COORDINATOR)).isTrue();
        var demoProgrammes = accounts.callAs(DemoData.ADMIN, programmes::list).stream()
                .filter(p -> p.name().equals(DemoData.PROGRAMME_A) || p.name().equals(DemoData.PROGRAMME_B))
                .map(ProgrammeSummary::id).toList();
        assertThat(demoProgrammes).hasSize(2);
        assertThat(coordinator.programmeIds()).containsAll(demoProgrammes);
    }

    @Test
    void theTwoDemoProgrammesAreThereWithTheirParts() {
        var list = accounts.callAs(DemoData.COORDINATOR, programmes::list);
        assertThat(list).extracting(ProgrammeSummary::name)
                .contains(DemoData.PROGRAMME_A, DemoData.PROGRAMME_B);
        var a = accounts.callAs(DemoData.COORDINATOR, () -> programmes.get(idOf(list, DemoData.PROGRAMME_A)));
        assertThat(a.stages()).hasSize(7);
        assertThat(a.cohorts()).extracting(c -> c.name()).containsExactly("Pilot 1", "Pilot 2");
        var b = accounts.callAs(DemoData.COORDINATOR, () -> programmes.get(idOf(list, DemoData.PROGRAMME_B)));
        assertThat(b.status()).isEqualTo(ProgrammeStatus.RUNNING);
        assertThat(b.sites()).extracting(SiteView::country).map(Enum::name).contains("NL", "BE", "FR");
        assertThat(b.targets()).hasSize(5);
        assertThat(b.mentorMinimumAge()).isEqualTo(50);
    }

    @Test
    void loadingAgainDuplicatesNothing() {
        int before = accounts.callAs(DemoData.ADMIN, programmes::list).size();
        demo.run(null);
        demo.run(null);
        var after = accounts.callAs(DemoData.ADMIN, programmes::list);
        assertThat(after).hasSize(before);
        var b = accounts.callAs(DemoData.ADMIN, () -> programmes.get(idOf(after, DemoData.PROGRAMME_B)));
        assertThat(b.sites()).hasSize(4);
        assertThat(b.cohorts()).hasSize(2);
    }

    private static long idOf(java.util.List<ProgrammeSummary> list, String name) {
        return list.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
