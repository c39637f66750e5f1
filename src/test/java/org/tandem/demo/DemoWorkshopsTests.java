package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.activity.workshop.RegistrationStatus;
import org.tandem.activity.workshop.WorkshopService;
import org.tandem.activity.workshop.WorkshopView;
import org.tandem.programme.ProgrammeCatalogue;

/** The demo's workshops: programme B's three (one held, one tonight, one full with a waiting list), A's one. */
@DemoServerTest
class DemoWorkshopsTests {

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    WorkshopService workshops;

    @Autowired
    DemoWorkshops demo;

    @Test
    void programmeBHasAHeldWorkshopTonightsAndAFullOneThatHenkRegisteredFor() {
        long b = id(DemoData.PROGRAMME_B);
        var list = accounts.callAs(DemoData.COORDINATOR, () -> workshops.workshops(b));
        assertThat(list).hasSize(3);
        assertThat(list.get(0).attended()).isEqualTo(6);
        assertThat(list.get(0).noShows()).isEqualTo(2);
        assertThat(list).filteredOn(w -> w.title().equals(DemoWorkshops.TONIGHT)).singleElement()
                .satisfies(w -> assertThat(w.registered()).isGreaterThanOrEqualTo(5));
        WorkshopView full = list.stream().filter(w -> w.title().equals(DemoWorkshops.FULL)).findFirst().orElseThrow();
        // full, with one on the waiting list as loaded (the browser journey moves that list on)
        assertThat(full.full()).isTrue();
        assertThat(full.waiting()).isLessThanOrEqualTo(1);
        var henk = accounts.callAs("mentor@demo.tandem", () -> workshops.mine());
        assertThat(henk).filteredOn(m -> m.workshop().id() == full.id()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(RegistrationStatus.REGISTERED));
        assertThat(accounts.callAs(DemoData.COORDINATOR, () -> workshops.workshops(id(DemoData.PROGRAMME_A))))
                .extracting(WorkshopView::title)
                .containsExactlyInAnyOrder("Informatieavond lerarenopleiding", "Voorbereidende bijeenkomst voor mentoren");

        demo.run(null);
        assertThat(accounts.callAs(DemoData.COORDINATOR, () -> workshops.workshops(b))).hasSize(3);
    }

    private long id(String name) {
        return catalogue.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
