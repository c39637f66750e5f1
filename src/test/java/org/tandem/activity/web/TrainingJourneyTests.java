package org.tandem.activity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a phone, the demo coordinator plans a session of the training module that a mentor of "Ronde 2027" still
 * misses, ticks them present, and sees them trained: then they can be put in the pool, ready to be matched.
 */
@DemoServerTest
class TrainingJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorPlansASessionRecordsAttendanceAndTheMentorBecomesMatchable() {
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");

        page.navigate(base() + "/programmes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        page.locator("#training-link").click();
        assertThat(page.locator("h1")).hasText("Training van mentoren");
        // the demo's mentor who is one required module short
        Locator oneShort = page.locator("#mentors li.mentor-progress", new Page.LocatorOptions().setHasText("4/5"))
                .first();
        String mentor = oneShort.getByRole(AriaRole.LINK).textContent().trim();

        page.locator("#new-session").click();
        page.getByLabel("Module").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Netwerken en solliciteren"));
        String day = LocalDate.now().plusDays(1).toString();
        page.getByLabel("Begin").fill(day + "T13:30");
        page.getByLabel("Einde").fill(day + "T16:30");
        page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).fill("Amsterdam, Mentorhuis");
        page.getByLabel("Trainer").fill("Trainer Kracht van Mentorschap");
        page.getByLabel("Aantal plaatsen").fill("10");
        page.locator("#save-session").click();
        assertThat(page.locator("#session-title")).hasText("Netwerken en solliciteren");
        assertThat(page.locator("#present-count")).hasText("0/10");

        page.locator("#attendance-form li", new Page.LocatorOptions().setHasText(mentor))
                .locator("input[type=checkbox]").check();
        page.locator("#save-attendance").click();
        assertThat(page.locator(".alert-success")).containsText("aanwezigheid is opgeslagen");
        assertThat(page.locator("#present-count")).hasText("1/10");

        page.locator("#training-link").click();
        page.locator("#mentors").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(mentor)).click();
        assertThat(page.locator("#enrolment-status")).hasText("Getraind");
        assertThat(page.locator("#training-path-summary")).hasText("5 van de 5 verplichte modules gevolgd");
        page.locator("#to-READY_TO_MATCH").click();
        assertThat(page.locator("#enrolment-status")).hasText("Klaar om te matchen");
        page.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
