package org.tandem.matching.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/** The demo coordinator matches "Ronde 2027", locks a pair, excludes another, re-runs and publishes. */
@DemoServerTest
class MatchingJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorMatchesTheDemoCohortSteersItAndPublishesProposedDuos() {
        Page page = browser.newPage(1280, 900, "nl-NL");
        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.getByLabel("E-mailadres").fill("coordinator@demo.tandem");
        page.getByLabel("Wachtwoord").fill("tandem-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();

        page.locator("#nav-matching").click();
        page.locator(".card", new Page.LocatorOptions().setHasText("Kracht van Mentorschap"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ronde 2027")).click();
        page.locator("#run-matching").click();
        assertThat(page.locator("h1")).containsText("Matching-run");
        Locator pairs = page.locator("#pairs tr.pair");
        assertThat(pairs.count()).isGreaterThanOrEqualTo(2);
        assertThat(pairs.first()).containsText("spreken allebei NL (B1+)");

        String lockedMentee = pairs.nth(0).locator("td").nth(0).locator("strong").textContent();
        String lockedMentor = pairs.nth(0).locator("td").nth(1).locator("strong").textContent();
        pairs.nth(0).locator("button.lock").click();
        assertThat(page.locator(".alert-success")).containsText("vastgezet");
        String excludedMentee = pairs.nth(1).locator("td").nth(0).locator("strong").textContent();
        String excludedMentor = pairs.nth(1).locator("td").nth(1).locator("strong").textContent();
        pairs.nth(1).locator("button.exclude").click();
        assertThat(page.locator(".alert-success")).containsText("uitgesloten");

        page.locator("#rerun").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("vorige run"))).isVisible();
        page.waitForLoadState(LoadState.LOAD);
        Locator locked = page.locator("#pairs tr.pair", new Page.LocatorOptions().setHasText(lockedMentee));
        assertThat(locked).containsText(lockedMentor);
        assertThat(locked.locator(".badge.bg-primary")).hasText("vast");
        for (Locator row : page.locator("#pairs tr.pair").all()) {
            String text = row.textContent();
            assertThat(text.contains(excludedMentee) && text.contains(excludedMentor)).isFalse();
        }
        // the run's own count of accepted pairs, as the page states it ("5 gematcht, ...")
        int matched = Integer.parseInt(page.locator("#totals").textContent().trim().split(" ")[0]);
        assertThat(page.locator("#pairs tr.pair")).hasCount(matched);

        page.locator("#publish").click();
        assertThat(page.locator(".alert-success")).containsText("voorgesteld");
        assertThat(page.locator("#duos tbody tr")).hasCount(matched);
        assertThat(page.locator("#duos tbody tr").first()).containsText("voorgesteld");
        assertThat(page.locator("#duos")).containsText(lockedMentee);
        page.context().close();
    }
}
