package org.tandem.participant.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo mentee signs in on a phone and downloads everything Tandem holds about her, as a page and as JSON, and on
 * her consent page sees which version of each text she agreed to and when, gives a consent and withdraws it.
 */
@DemoServerTest
class PersonalDataJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aMenteeDownloadsHerOwnDataOnAPhone() throws Exception {
        var page = browser.signedInOnPhone(base(), "mentee@demo.tandem");
        page.navigate(base() + "/me");
        page.locator("#my-data-link").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator("h1")).hasText("Mijn gegevens");
        assertThat(page.locator("#part-participant h2")).hasText("Deelname");
        assertThat(page.locator("#part-participant")).containsText("Amal");
        assertThat(page.locator("#part-duo h2")).hasText("Duo's");
        assertThat(page.locator("#part-account")).containsText("bewaard, niet getoond");
        checkOnPhoneAndDesktop(page);
        page.setViewportSize(390, 844);

        var download = page.waitForDownload(() -> page.locator("#json-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("tandem-my-data.json");
        var json = JsonMapper.builder().build().readTree(Files.readString(download.path()));
        assertThat(json.get("parts").findValuesAsString("module")).contains("participant", "duo", "account");
        assertThat(json.toString()).contains("Amal").doesNotContain("$2a$").doesNotContain("{bcrypt}");
        assertThat(json.toString()).as("the consents with the version agreed to").contains("textVersion");

        page.navigate(base() + "/me");
        page.locator("#my-consents-link").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).hasText("Mijn toestemmingen");
        var participation = page.locator(".consent-purpose").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Deelname")).first();
        assertThat(participation.locator(".consent-state")).containsText("akkoord met versie 1");
        checkOnPhoneAndDesktop(page);
        page.setViewportSize(390, 844);
        // sharing progress with an employer: given, then withdrawn again, both from this page
        var employer = page.locator(".consent-purpose").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Voortgang delen met werkgever")).first();
        employer.locator("button.agree").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert-success")).hasText("De toestemming is vastgelegd.");
        employer = page.locator(".consent-purpose").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Voortgang delen met werkgever")).first();
        assertThat(employer.locator(".consent-state")).containsText("akkoord met versie 1");
        employer.locator("button.withdraw").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".alert-success")).hasText("De toestemming is ingetrokken.");
        employer = page.locator(".consent-purpose").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Voortgang delen met werkgever")).first();
        assertThat(employer.locator(".consent-state")).containsText("geen toestemming gegeven");
        assertThat(employer.locator("details")).containsText("ingetrokken op");
        page.context().close();
    }

    @Test
    void aCoordinatorOpensAParticipantsDataAndTheAdminSeesTheDownloadInTheLog() {
        var coordinator = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        coordinator.navigate(base() + "/participants");
        var matcher = java.util.regex.Pattern.compile("/participants/(\\d+)\"").matcher(coordinator.content());
        assertThat(matcher.find()).isTrue();
        coordinator.navigate(base() + "/participants/" + matcher.group(1));
        coordinator.locator("#participant-data-link").click();
        coordinator.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(coordinator.locator("h1")).hasText("Gegevens van deelnemer");
        assertThat(coordinator.locator("#part-account")).containsText("Tandem bewaart hier niets");
        checkOnPhoneAndDesktop(coordinator);
        coordinator.context().close();

        var admin = browser.signedInOnPhone(base(), "admin@demo.tandem");
        admin.navigate(base() + "/admin/data-downloads");
        assertThat(admin.locator("#downloads")).containsText("coordinator@demo.tandem");
        checkOnPhoneAndDesktop(admin);
        admin.context().close();
    }

    private static void checkOnPhoneAndDesktop(com.microsoft.playwright.Page page) {
        Browser.assertAccessible(page);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as(page.url() + " scrolls sideways on a phone").isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 900);
        Browser.assertAccessible(page);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
