package org.tandem.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * What a user sees in the browser while the database is out of reach: a request made in place (htmx) says so above
 * the page instead of silently changing nothing, and the "temporarily unavailable" page itself passes axe on a phone.
 * The outage is played by the browser's network layer answering with what Tandem answers during one.
 */
@DemoServerTest
class UnavailableJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    DatabaseUnavailableFilter filter;

    @Test
    void aSearchDuringAnOutageSaysSoAndTheNextOneClearsIt() throws Exception {
        String outage = unavailablePage("/participants");
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        page.navigate(base() + "/participants");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#request-failed")).isHidden();

        page.route(url -> url.contains("/participants?"), route -> {
            if (route.request().headers().containsKey("hx-request")) {
                route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("text/html;charset=UTF-8")
                        .setHeaders(java.util.Map.of("Retry-After", "30")).setBody(outage));
            } else {
                route.resume();
            }
        });
        page.locator("#q").fill("zzz-nobody");
        assertThat(page.locator("#request-failed")).isVisible();
        assertThat(page.locator("#request-failed")).containsText("Tandem kan zijn database nu niet bereiken");
        // the list was left as it was, not replaced by the outage page
        assertThat(page.locator("#results")).isVisible();
        Browser.assertAccessible(page);

        page.unrouteAll();
        page.locator("#q").fill("");
        page.locator("#q").fill("a");
        assertThat(page.locator("#request-failed")).isHidden();
    }

    @Test
    void anotherFailureOfARequestInPlaceIsNamedAsSuch() {
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        page.navigate(base() + "/participants?lang=en");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.route(url -> url.contains("/participants?"), route -> {
            if (route.request().headers().containsKey("hx-request")) {
                route.abort("connectionrefused");
            } else {
                route.resume();
            }
        });
        page.locator("#q").fill("zzz-nobody");
        assertThat(page.locator("#request-failed")).hasText(
                "This part of the page could not be updated. Please try again or reload the page.");
    }

    @Test
    void theUnavailablePagePassesAxeOnAPhone() throws Exception {
        String outage = unavailablePage("/programmes");
        Page page = browser.newPage(390, 844, "nl-NL");
        page.route(url -> url.endsWith("/programmes"), route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(503).setContentType("text/html;charset=UTF-8").setBody(outage)));
        page.navigate(base() + "/programmes");
        assertThat(page.locator("h1")).hasText("Tijdelijk niet beschikbaar");
        assertThat(page.locator("#retry")).hasAttribute("href", "/programmes");
        Browser.assertAccessible(page);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(scrollWidth).isLessThanOrEqualTo(390);
    }

    /** The page Tandem's filter renders during an outage, for a Dutch browser. */
    private String unavailablePage(String uri) throws Exception {
        var request = new MockHttpServletRequest("GET", uri);
        request.addHeader("Accept-Language", "nl-NL");
        request.addPreferredLocale(java.util.Locale.forLanguageTag("nl-NL"));
        var response = new MockHttpServletResponse();
        filter.unavailable(request, response);
        org.assertj.core.api.Assertions.assertThat(response.getStatus()).isEqualTo(503);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
