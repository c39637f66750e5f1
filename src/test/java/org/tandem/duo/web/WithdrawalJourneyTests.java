package org.tandem.duo.web;

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
 * A coordinator withdraws the mentee of the healthy running duo in "Ronde 2026" (the others show the health signals
 * that other tests count; Henk and Amal's proposal is another journey's): the duo has ended, and the mentor is back in
 * the pool, ready to be matched again.
 */
@DemoServerTest
class WithdrawalJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void withdrawingAMatchedMenteeEndsTheDuo_andPutsTheMentorBackInThePool() {
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");

        page.navigate(base() + "/programmes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        page.locator("#cohort-list tr", new Page.LocatorOptions().setHasText("Ronde 2026"))
                .locator("a.duos-link").click();
        // a healthy running duo (on no list of the at-risk page, whose signals other tests count) whose mentor has
        // no other duo: withdrawing the mentee frees the mentor completely
        String duos = page.url();
        page.locator("#at-risk-link").click();
        var atRisk = page.locator(".at-risk-duo").all().stream().map(card -> card.getAttribute("id")).toList();
        page.navigate(duos);
        var rows = page.locator("#duos tbody tr").all();
        Locator running = rows.stream()
                .filter(r -> r.textContent().contains("actief") && !atRisk.contains(r.getAttribute("id")))
                .filter(r -> rows.stream().filter(o -> o.locator("td").nth(1).textContent()
                        .equals(r.locator("td").nth(1).textContent())).count() == 1)
                .findFirst().orElseThrow();
        running.getByRole(AriaRole.LINK).click();
        String duoUrl = page.url();
        assertThat(page.locator("#duo-state")).hasText("actief");
        String mentor = page.locator("#member-MENTOR .participant-link").textContent();

        page.locator("#member-MENTEE .participant-link").click();
        assertThat(page.locator("#enrolment-status")).hasText("Actief");
        page.locator("#status-actions form:has(#to-WITHDRAWN) input[name=reason]").fill("Verhuisd naar het buitenland");
        page.locator("#to-WITHDRAWN").click();
        assertThat(page.locator("#enrolment-status")).hasText("Gestopt");

        page.navigate(duoUrl);
        assertThat(page.locator("#duo-state")).hasText("voortijdig beëindigd");
        assertThat(page.locator("#lifecycle")).containsText("teruggetrokken uit het programma");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(mentor)).click();
        assertThat(page.locator("#enrolment-status")).hasText("Klaar om te matchen");
        page.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
