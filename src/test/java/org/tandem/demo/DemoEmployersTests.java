package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.employer.EmployerFilter;
import org.tandem.employer.EmployerService;
import org.tandem.employer.EmployerSummary;
import org.tandem.employer.MyEmployerService;
import org.tandem.employer.PipelineStage;

@DemoServerTest
class DemoEmployersTests {

    @Autowired
    DemoEmployers demo;

    @Autowired
    AccountService accounts;

    @Autowired
    EmployerService employers;

    @Autowired
    MyEmployerService myEmployer;

    @Test
    void theDemoEmployersAreSpreadOverThePipelineAndLoadOnlyOnce() throws Exception {
        demo.run(null);
        var list = accounts.callAs(DemoData.COORDINATOR, () -> employers.list(EmployerFilter.none()));
        for (var employer : DemoEmployers.EMPLOYERS) {
            assertThat(list).filteredOn(e -> e.name().equals(employer.details().name())).singleElement()
                    .satisfies(e -> assertThat(e.stages()).extracting(EmployerSummary.Stage::stage)
                            .containsExactly(employer.stage()));
        }
        assertThat(list).filteredOn(e -> e.heavyProfession()
                        && e.stages().stream().anyMatch(s -> s.stage().isCommitted()))
                .extracting(EmployerSummary::name)
                .containsExactlyInAnyOrder("Bouwbedrijf Van Dijk & Zonen", "Zorggroep Amstelland");
        var mine = accounts.callAs(DemoEmployers.EMPLOYER_CONTACT, myEmployer::get);
        assertThat(mine.name()).isEqualTo("Bouwbedrijf Van Dijk & Zonen");
        // the demo's own nominees, each once; the employer journey (EmployerJourneyTests) nominates one more of its own
        var demoMentors = DemoEmployers.EMPLOYERS.stream().filter(e -> e.details().name().equals(mine.name()))
                .flatMap(e -> e.mentors().stream()).map(p -> p.firstName() + " " + p.lastName()).toList();
        assertThat(demoMentors).hasSize(4);
        assertThat(mine.mentors()).extracting(m -> m.firstName() + " " + m.lastName()).filteredOn(demoMentors::contains)
                .containsExactlyInAnyOrderElementsOf(demoMentors);
        assertThat(mine.pledges()).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(PipelineStage.ACTIVE);
            assertThat(p.nominated()).isEqualTo(mine.mentors().size());
        });
        assertThat(mine.mentors()).allSatisfy(m -> assertThat(m.cohortName()).isEqualTo(DemoEmployers.COHORT));
    }
}
