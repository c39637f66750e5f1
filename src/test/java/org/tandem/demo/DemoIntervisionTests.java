package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.activity.intervision.GroupView;
import org.tandem.activity.intervision.IntervisionService;
import org.tandem.programme.Metric;
import org.tandem.programme.MetricProvider;
import org.tandem.programme.ProgrammeCatalogue;

/** Programme B's intervision groups in the demo: past sessions with attendance and records, next ones, Henk in one. */
@DemoServerTest
class DemoIntervisionTests {

    @Autowired
    DemoIntervision demo;

    @Autowired
    IntervisionService intervision;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    AccountService accounts;

    @Autowired
    java.util.List<MetricProvider> providers;

    @Test
    void twoGroupsWithPastAndNextSessions_theDemoMentorInOne_loadedOnce() {
        long programme = catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst()
                .orElseThrow().id();
        demo.run(null);
        var groups = accounts.callAs(DemoData.COORDINATOR, () -> intervision.groups(programme));
        assertThat(groups).extracting(GroupView::name)
                .containsExactly("Intervisiegroep Amsterdam", "Intervisiegroep online");
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.members()).hasSize(5);
            assertThat(g.next()).isNotNull();
            assertThat(g.sessions()).filteredOn(s -> s.begun() && s.recorded()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(s -> assertThat(s.attendanceRecorded()).isTrue());
        });
        var mine = accounts.callAs("mentor@demo.tandem", intervision::mine);
        assertThat(mine).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Intervisiegroep Amsterdam");
            assertThat(g.members()).contains("Henk");
            assertThat(g.next()).isNotNull();
            assertThat(g.past()).isNotEmpty();
        });
        var rate = providers.stream().filter(p -> p.metrics().contains(Metric.INTERVISION_ATTENDANCE_RATE))
                .findFirst().orElseThrow().measure(programme, Metric.INTERVISION_ATTENDANCE_RATE);
        assertThat(rate).isPresent();
        assertThat(rate.getAsDouble()).isBetween(50.0, 100.0);
    }
}
