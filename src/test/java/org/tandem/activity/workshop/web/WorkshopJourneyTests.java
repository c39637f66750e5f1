package org.tandem.activity.workshop.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On phones: Amal (mentee@demo.tandem) registers for the demo's full workshop and is put on the waiting list; the
 * coordinator gives up two places on it, and Amal has a place. Then the coordinator takes attendance at the door of
 * this evening's workshop, and lets Amal in as a walk-in.
 */
@DemoServerTest
class WorkshopJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aMenteeWaitsForAFullWorkshopAndGetsThePlace_andTheCoordinatorTicksAttendanceAtTheDoor() {
        Page mentee = browser.signedInOnPhone(base(), "mentee@demo.tandem");
        mentee.navigate(base() + "/workshops");
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Je cv en motivatiebrief")).click();
        assertThat(mentee.locator("#register")).hasText("Op de wachtlijst zetten");
        mentee.locator("#register").click();
        assertThat(mentee.locator(".alert-success")).containsText("u staat op de wachtlijst");
        assertThat(mentee.locator("#my-state")).containsText("Wachtlijst: plaats 2");
        assertThat(mentee.locator("#leave")).hasText("Van de wachtlijst af");

        Page coordinator = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        coordinator.navigate(base() + "/programmes");
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        coordinator.locator("#workshops-link").click();
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Je cv en motivatiebrief")).click();
        assertThat(coordinator.locator("#registrants li.registrant.waiting", new Page.LocatorOptions()
                .setHasText("Amal Haddad"))).containsText("Wachtlijst: plaats 2");
        for (int i = 0; i < 2; i++) {
            coordinator.locator("#registrants li.registrant:not(.waiting)", new Page.LocatorOptions()
                    .setHasNotText("Henk Bakker")).first().locator(".cancel-registration").click();
            assertThat(coordinator.locator(".alert-success")).containsText("Afgemeld");
        }
        Locator amal = coordinator.locator("#registrants li.registrant", new Page.LocatorOptions()
                .setHasText("Amal Haddad"));
        assertThat(amal).not().containsText("Wachtlijst");
        assertThat(coordinator.locator("#places")).hasText("6 van 6 plaatsen bezet");

        mentee.reload();
        assertThat(mentee.locator("#my-state")).containsText("aangemeld");
        assertThat(mentee.locator("#leave")).hasText("Afmelden");
        assertThat(mentee.locator("#cancel-until")).containsText("Afmelden kan tot");

        // this evening's workshop, at the door
        coordinator.locator("#workshops-link").click();
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Solliciteren bij een werkgever"))
                .click();
        coordinator.locator("#door-link").click();
        assertThat(coordinator.locator("h1")).hasText("Aanwezigheid bij de deur");
        assertThat(coordinator.locator("#door-count")).hasText("0 van 5 aanwezig");
        Locator first = coordinator.locator("#door-list li.door-row").first();
        String name = first.locator(".registrant-name").textContent().trim();
        first.locator(".tick").click();
        Locator ticked = coordinator.locator("#door-list li.door-row", new Page.LocatorOptions().setHasText(name));
        assertThat(ticked.locator(".tick")).hasText("Aanwezig ✓");
        assertThat(coordinator.locator("#door-count")).hasText("1 van 5 aanwezig");

        coordinator.getByPlaceholder("Zoek op naam").fill("Haddad");
        coordinator.locator("#walk-in-search button").click();
        coordinator.locator("#walk-ins li.candidate", new Page.LocatorOptions().setHasText("Amal Haddad"))
                .locator(".let-in").click();
        assertThat(coordinator.locator(".alert-success")).containsText("binnenloper");
        assertThat(coordinator.locator("#door-count")).hasText("2 van 6 aanwezig");
        assertThat(coordinator.locator("#door-list li.door-row", new Page.LocatorOptions().setHasText("Amal Haddad")))
                .containsText("binnengelopen");
        // nothing spills over the phone's width
        Object overflow = coordinator.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        mentee.context().close();
        coordinator.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
