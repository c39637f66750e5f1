package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.activity.contact.MomentState;
import org.tandem.programme.ProgrammeCatalogue;

@DemoServerTest
class DemoContactMomentsTests {

    @Autowired
    DemoContactMoments demo;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    ContactMomentService contacts;

    @Test
    void everyEmployerOfProgrammeBHasHeldPlannedAndOverdueContactMoments_loadedOnce() throws Exception {
        long programme = catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst()
                .orElseThrow().id();
        var before = accounts.callAs(DemoData.COORDINATOR, () -> contacts.programme(programme));
        demo.run(null);
        var overview = accounts.callAs(DemoData.COORDINATOR, () -> contacts.programme(programme));
        assertThat(overview.employers().stream().mapToLong(e -> e.mentors().stream()
                .mapToLong(m -> m.moments().size()).sum()).sum())
                .isEqualTo(before.employers().stream().mapToLong(e -> e.mentors().stream()
                        .mapToLong(m -> m.moments().size()).sum()).sum());
        var withMentors = overview.employers().stream().filter(e -> !e.mentors().isEmpty()).toList();
        assertThat(withMentors).hasSizeGreaterThanOrEqualTo(4);
        for (var employer : withMentors) {
            var moments = employer.mentors().stream().flatMap(m -> m.moments().stream()).toList();
            assertThat(moments).as(employer.name()).anyMatch(m -> m.state() == MomentState.HELD);
            assertThat(moments).as(employer.name()).anyMatch(m -> m.state() == MomentState.PLANNED);
            assertThat(employer.overdue()).as(employer.name()).isPositive();
        }
        // overdue employers first
        assertThat(overview.employers().get(0).overdue()).isPositive();
        var mine = accounts.callAs(DemoEmployers.EMPLOYER_CONTACT, contacts::myEmployees);
        assertThat(mine).singleElement().satisfies(o -> assertThat(o.employers()).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Bouwbedrijf Van Dijk & Zonen")));
    }
}
