package org.tandem.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a 390 px phone: the demo employer contact signs in and lands on where their released employees stand, with the
 * contact moments and why no evaluation results are shown (fewer than five consented); a mentor's {@code /me} keeps
 * every button inside its card. Both pass axe-core and do not scroll sideways.
 */
@DemoServerTest
class HomesJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theDemoEmployerContactLandsOnTheirEmployeesProgressOnAPhone() {
        Page page = browser.signedInOnPhone(base(), "employer@demo.tandem");

        assertThat(page.locator("h1")).hasText("Onze medewerkers bij Bouwbedrijf Van Dijk & Zonen");
        Locator employees = page.locator("#employee-list li.employee");
        assertThat(employees.first()).isVisible();
        assertThat(page.locator("#employee-list")).containsText("Johan de Boer");
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < employees.count(); i++) {
            groups.add(employees.nth(i).getAttribute("data-group"));
        }
        org.assertj.core.api.Assertions.assertThat(groups).as("the demo employer's employees in several states")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.locator("#moments .moments-figures").first()).containsText("gehouden");
        var results = page.locator("#results .results-programme").first();
        assertThat(results).hasAttribute("data-state", "TOO_FEW_CONSENTING");
        assertThat(results).containsText("3 medewerkers gaven toestemming");
        assertThat(page.locator("body")).not().containsText("Sami");
        Browser.assertAccessible(page);
        assertNoSidewaysScroll(page);

        page.locator("#employer-manage").click();
        page.waitForURL("**/my-employer");
        assertThat(page.locator("#employer-name")).hasText("Bouwbedrijf Van Dijk & Zonen");
        page.context().close();
    }

    @Test
    void aMentorsParticipationPageKeepsItsButtonsInsideTheirCardsOnAPhone() {
        Page page = browser.signedInOnPhone(base(), "mentor@demo.tandem");
        page.navigate(base() + "/me");
        Locator cards = page.locator(".card");
        assertThat(cards.first()).isVisible();
        for (int c = 0; c < cards.count(); c++) {
            var card = cards.nth(c).boundingBox();
            Locator buttons = cards.nth(c).locator("button, select, a.btn");
            for (int b = 0; b < buttons.count(); b++) {
                var box = buttons.nth(b).boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.x + box.width)
                        .as("right edge of %s in card %d", buttons.nth(b).textContent().trim(), c)
                        .isLessThanOrEqualTo(card.x + card.width + 0.5);
            }
        }
        Browser.assertAccessible(page);
        assertNoSidewaysScroll(page);
        page.context().close();
    }

    @Test
    void theDemoMentorAndResearcherLandOnTheirHomesOnAPhone() {
        Page mentor = browser.signedInOnPhone(base(), "mentor@demo.tandem");
        assertThat(mentor.locator("h1")).hasText("Mijn startpagina");
        assertThat(mentor.locator("#next-steps .duo-step").first()).isVisible();
        assertThat(mentor.locator("#next-activities")).isVisible();
        Browser.assertAccessible(mentor);
        assertNoSidewaysScroll(mentor);
        mentor.locator("#next-steps .duo-step-link").first().click();
        mentor.waitForURL("**/duos/**");
        mentor.context().close();

        Page researcher = browser.signedInOnPhone(base(), "researcher@demo.tandem");
        assertThat(researcher.locator("h1")).hasText("Mijn programma's");
        Browser.assertAccessible(researcher);
        assertNoSidewaysScroll(researcher);
        researcher.context().close();
    }

    private static void assertNoSidewaysScroll(Page page) {
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("page width on a 390 px phone").isLessThanOrEqualTo(390);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
