package org.tandem.duo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoState;

/**
 * Amal (mentee@demo.tandem) and Henk (mentor@demo.tandem) have an unanswered proposal in "Ronde 2026", so the
 * coordinator sees them on the at-risk list. On their phones they say yes, write and sign the agreement, Henk logs
 * their first meeting, and the duo leaves the at-risk list.
 */
@DemoServerTest
class DuoJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    DuoService duos;

    private String base() {
        return "http://localhost:" + port;
    }

    private Page signIn(String email, int width, int height) {
        Page page = browser.newPage(width, height, "nl-NL");
        page.navigate(base() + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill("tandem-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        return page;
    }

    private Page phone(String email) {
        return signIn(email, 390, 844);
    }

    /** Opens the own duo from "Mijn duo" (through the menu, folded on a phone). */
    private void openMyDuo(Page page) {
        page.navigate(base() + "/me/duos");
        page.locator(".my-duo", new Page.LocatorOptions().setHasText("Henk").setHasText("Kracht van Mentorschap"))
                .or(page.locator(".my-duo", new Page.LocatorOptions().setHasText("Amal"))).first().click();
        assertThat(page.locator("#lifecycle")).isVisible();
    }

    /** The demo as loaded; this class is the only one that answers this proposal. */
    private void henkAndAmalHaveAnUnansweredProposal() {
        var mine = accounts.callAs("mentee@demo.tandem", duos::mine);
        org.assertj.core.api.Assertions.assertThat(mine).singleElement().satisfies(duo -> {
            org.assertj.core.api.Assertions.assertThat(duo.state()).isEqualTo(DuoState.PROPOSED);
            org.assertj.core.api.Assertions.assertThat(duo.partner().firstName()).isEqualTo("Henk");
            org.assertj.core.api.Assertions.assertThat(duo.mentor().confirmedAt()).isNull();
            org.assertj.core.api.Assertions.assertThat(duo.mentee().confirmedAt()).isNull();
            org.assertj.core.api.Assertions.assertThat(duo.introductionAt())
                    .isBefore(Instant.now().minus(Duration.ofDays(2)));
        });
    }

    @Test
    void aMenteeConfirmsBothSignTheMentorLogsAMeetingOnAPhone_andTheDuoLeavesTheAtRiskList() {
        henkAndAmalHaveAnUnansweredProposal();
        Page coordinator = signIn("coordinator@demo.tandem", 1280, 900);
        coordinator.locator("#nav-matching").isVisible();
        coordinator.navigate(base() + "/programmes");
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        coordinator.locator("#cohort-list tr", new Page.LocatorOptions().setHasText("Ronde 2026"))
                .locator("a.duos-link").click();
        coordinator.locator("#at-risk-link").click();
        var henkAndAmal = coordinator.locator(".at-risk-duo", new Page.LocatorOptions().setHasText("Amal Haddad"));
        assertThat(henkAndAmal).containsText("Henk Bakker");
        assertThat(henkAndAmal.locator("li[data-signal=CONFIRMATION_OVERDUE]")).isVisible();
        String duoCard = henkAndAmal.getAttribute("id");
        // the card's follow-up form opens for the signals it has
        henkAndAmal.locator("a.follow-up-link").click();
        assertThat(coordinator.locator("#followUp-" + duoCard.substring("duo-".length())
                + " select[name=signal] option[value=CONFIRMATION_OVERDUE]")).hasCount(1);

        Page amal = phone("mentee@demo.tandem");
        openMyDuo(amal);
        assertThat(amal.locator("#lifecycle")).containsText("Wil je samen met Henk een duo vormen?");
        amal.locator("#confirm-button").click();
        assertThat(amal.locator(".alert-success")).isVisible();

        Page henk = phone("mentor@demo.tandem");
        openMyDuo(henk);
        henk.locator("#confirm-button").click();
        assertThat(henk.locator("#duo-state")).hasText("bevestigd");
        assertThat(henk.locator("#members .contact")).containsText("mentee@demo.tandem");
        // the page's sections load in place (htmx); fill the agreement only once nothing replaces it any more
        henk.waitForLoadState(LoadState.NETWORKIDLE);

        henk.locator("#agreement-goals-input").fill("Een stageplek in de logistiek\nNetwerk opbouwen");
        henk.locator("#agreement-frequency").selectOption("WEEKLY");
        henk.locator("#agreement-mode").selectOption("MIXED");
        henk.locator("#agreement-confidentiality").check();
        henk.locator("#agreement-form button[type=submit]").click();
        henk.locator("#agreement-sign-button").click();
        assertThat(henk.locator("#agreement-signature-MENTOR")).not().containsText("nog niet");

        amal.reload();
        assertThat(amal.locator("#agreement-goals")).containsText("Een stageplek in de logistiek");
        amal.locator("#agreement-sign-button").click();
        assertThat(amal.locator("#duo-state")).hasText("actief");

        henk.reload();
        if (!henk.locator("#meeting-date").isVisible()) { // the quick entry opens by itself while the log is empty
            henk.locator("#meeting-entry summary").click();
        }
        henk.locator("#meeting-date").fill(LocalDate.now().toString());
        henk.locator("#meeting-minutes").fill("60");
        henk.locator("#meeting-topic-0").check();
        henk.locator("#meeting-shared").fill("Eerste afspraak: cv doorgenomen.");
        henk.locator("#meeting-private").fill("Amal is zenuwachtig voor gesprekken.");
        henk.locator("#meeting-save").click();
        assertThat(henk.locator("#meeting-log li").first()).containsText("Eerste afspraak");
        // fits a phone: the page does not scroll sideways
        Object wide = henk.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(wide).isEqualTo(false);

        coordinator.reload();
        assertThat(coordinator.locator("#" + duoCard)).hasCount(0);
        coordinator.navigate(base() + "/duos/" + duoCard.substring("duo-".length()));
        assertThat(coordinator.locator("#duo-state")).hasText("actief");
        assertThat(coordinator.locator("#meetings")).not().containsText("zenuwachtig");
        amal.context().close();
        henk.context().close();
        coordinator.context().close();
    }
}
