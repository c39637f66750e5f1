package org.tandem.activity.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a phone, the demo mentor opens "my activities", makes a calendar feed URL that a calendar app can fetch without
 * signing in, and revokes it: then the same URL answers 404.
 */
@DemoServerTest
class CalendarJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aMentorSeesTheirActivitiesMakesAFeedUrlAndRevokesIt() {
        Page page = browser.signedInOnPhone(base(), "mentor@demo.tandem");
        page.locator(".navbar-toggler").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn activiteiten")).click();
        assertThat(page.locator("h1")).hasText("Mijn activiteiten");
        assertThat(page.locator("#upcoming h2")).hasText("Wat eraan komt");
        assertThat(page.locator("#past h2")).hasText("Geweest");
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);

        page.locator("#feed-link").click();
        assertThat(page.locator("h1")).hasText("Agenda-abonnement");
        assertThat(page.locator("#feed-state")).hasText("Je hebt nu geen agenda-abonnement.");
        page.locator("#issue").click();
        assertThat(page.locator(".alert-success")).containsText("Kopieer hem nu");
        String url = page.locator("#feed-url").inputValue();
        org.assertj.core.api.Assertions.assertThat(url).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(page.locator("#webcal")).hasAttribute("href", java.util.regex.Pattern.compile("^webcal://"));
        String path = url.substring(url.indexOf("/calendar/"));

        // a calendar app: no cookies, no session
        var app = page.context().browser().newContext().request();
        var feed = app.get(base() + path);
        org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        org.assertj.core.api.Assertions.assertThat(feed.text()).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");

        page.locator("#revoke").click();
        assertThat(page.locator(".alert-success")).containsText("ingetrokken");
        assertThat(page.locator("#feed-state")).hasText("Je hebt nu geen agenda-abonnement.");
        org.assertj.core.api.Assertions.assertThat(app.get(base() + path).status()).isEqualTo(404);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
