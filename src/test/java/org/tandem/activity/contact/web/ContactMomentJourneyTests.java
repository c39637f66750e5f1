package org.tandem.activity.contact.web;

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
 * On a phone, the demo employer contact records a contact moment that is overdue for one of their employees; the
 * coordinator then sees the employer with one overdue moment fewer, and the moment held.
 */
@DemoServerTest
class ContactMomentJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anEmployerContactRecordsAnOverdueMomentOnAPhone_andTheCoordinatorsOverdueListShrinks() {
        Page coordinator = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        coordinator.navigate(base() + "/programmes");
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        coordinator.locator("#contact-moments-link").click();
        assertThat(coordinator.locator("h1")).hasText("Contactmomenten met werkgevers");
        Locator vanDijk = coordinator.locator(".employer-moments",
                new Page.LocatorOptions().setHasText("Bouwbedrijf Van Dijk"));
        int overdueBefore = count(vanDijk.locator(".employer-overdue").textContent());

        Page employer = browser.signedInOnPhone(base(), "employer@demo.tandem");
        employer.navigate(base() + "/my-employer");
        employer.locator("#contact-moments-link").click();
        assertThat(employer.locator("h1")).hasText("Contactmomenten met mijn medewerkers");
        Locator overdueStep = employer.locator("li.step[data-state=OVERDUE]",
                new Page.LocatorOptions().setHas(employer.locator("a.record-step"))).first();
        Locator card = employer.locator(".mentor-moments", new Page.LocatorOptions().setHas(overdueStep)).first();
        String mentor = card.locator(".mentor-name").textContent().trim();
        overdueStep.locator("a.record-step").click();

        assertThat(employer.locator("h1")).hasText("Contactmoment vastleggen");
        assertThat(employer.locator("#mentorEnrolmentId option:checked")).containsText(mentor);
        assertThat(employer.getByLabel("De mentor", new Page.GetByLabelOptions().setExact(true))).isChecked();
        employer.getByLabel("De rol van de mentor in het bedrijf").check();
        employer.getByLabel("Wat de werkgever ziet").check();
        employer.getByLabel("Korte notitie").fill("Mentor begeleidt nu ook de nieuwe leerlingen op de bouwplaats.");
        employer.locator("#save-record").click();
        assertThat(employer.locator(".alert-success")).containsText("contactmoment is vastgelegd");
        // no sideways scrolling on the phone
        assertThat(employer.locator("body")).hasJSProperty("scrollWidth",
                employer.evaluate("document.documentElement.clientWidth"));

        coordinator.reload();
        assertThat(coordinator.locator("h1")).hasText("Contactmomenten met werkgevers");
        int overdueAfter = vanDijk.locator(".employer-overdue").count() == 0 ? 0
                : count(vanDijk.locator(".employer-overdue").textContent());
        org.assertj.core.api.Assertions.assertThat(overdueAfter).isEqualTo(overdueBefore - 1);
        Locator mentorCard = vanDijk.locator(".mentor-moments", new Locator.LocatorOptions().setHasText(mentor));
        assertThat(mentorCard.locator("li.step[data-state=HELD]").first()).isVisible();
        employer.context().close();
        coordinator.context().close();
    }

    private static int count(String badge) {
        return Integer.parseInt(badge.trim().split(" ")[0]);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
