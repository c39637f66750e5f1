package org.tandem.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a phone, the demo coordinator signs in and lands on their day: what needs doing across their programmes, each
 * line a link to where it is done; the page passes axe-core and does not scroll sideways. The page's server time on
 * the demo is measured and printed (median of 30 requests after a warm-up).
 */
@DemoServerTest
class CoordinatorDayJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theDemoCoordinatorSeesTheirDayOnAPhoneAndFollowsALine() {
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");

        assertThat(page.locator("h1")).hasText("Mijn dag");
        var lines = page.locator("#day-items li.day-item");
        assertThat(lines.first()).isVisible();
        Browser.assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);

        // the demo's employers have overdue contact moments: a line that leads to them
        var contactMoments = page.locator("#day-items li[data-kind=CONTACT_MOMENTS_OVERDUE] a").first();
        assertThat(contactMoments).containsText("te laat");
        org.assertj.core.api.Assertions.assertThat(contactMoments.getAttribute("href")).endsWith("/contact-moments");

        var applications = page.locator("#day-items li[data-kind=APPLICATIONS_TO_SCREEN] a").first();
        assertThat(applications).containsText("aanmelding");
        applications.click();
        page.waitForURL("**/participants?status=APPLIED**");
        assertThat(page.locator("h1")).isVisible();

        page.locator("nav a.navbar-brand").click();
        assertThat(page.locator("h1")).hasText("Mijn dag");
        page.context().close();
    }

    @Test
    void theDayIsServedQuicklyOnTheDemo() throws Exception {
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        assertThat(page.locator("h1")).hasText("Mijn dag");
        String cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        page.context().close();

        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var request = HttpRequest.newBuilder(URI.create(base() + "/")).header("Cookie", cookies).GET().build();
        for (int i = 0; i < 5; i++) {
            client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.body()).contains("Mijn dag");
        }
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        long statements;
        try {
            statistics.clear();
            org.assertj.core.api.Assertions.assertThat(client.send(request, HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
            statements = statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
        org.assertj.core.api.Assertions.assertThat(statements).isPositive();
        Collections.sort(millis);
        System.out.printf("Coordinator's day on the demo: median %.1f ms, min %.1f ms, max %.1f ms (30 requests), "
                + "%d JPA statements per request%n", millis.get(15), millis.get(0), millis.get(29), statements);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
