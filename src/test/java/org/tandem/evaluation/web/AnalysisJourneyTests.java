package org.tandem.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a phone, the demo researcher lands on the evaluation, compares the mentors' baseline with their end wave of
 * "Ronde 2026", and reads the change per scale in words, with the table and the method; names appear nowhere.
 */
@DemoServerTest
class AnalysisJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aResearcherComparesBaselineAndEndOnAPhone() {
        Page page = browser.signedInOnPhone(base(), "researcher@demo.tandem");
        // a researcher lands on their programmes (reporting's home) and goes on to the analyses
        assertThat(page.locator("h1")).hasText("Mijn programma's");
        page.locator(".researcher-programme a[href='/evaluation']").first().click();
        page.waitForURL("**/evaluation");
        assertThat(page.locator("h1")).hasText("Evaluatie: analyses");

        var form = page.locator("form.compare-form", new Page.LocatorOptions().setHas(
                page.locator("option", new Page.LocatorOptions().setHasText("Nulmeting mentoren Ronde 2026"))));
        form.getByLabel("Voor (eerste ronde)").selectOption(new SelectOption().setLabel("Nulmeting mentoren Ronde 2026"));
        form.getByLabel("Na (latere ronde)").selectOption(new SelectOption().setLabel("Eindmeting mentoren Ronde 2026"));
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();

        assertThat(page.locator("h1")).hasText("Voor en na");
        assertThat(page.locator("#sentences li").first()).containsText("Zelfvertrouwen als mentor steeg met");
        assertThat(page.locator("#changes tbody tr")).hasCount(3);
        assertThat(page.locator("#method")).containsText("Alleen volledige paren");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#means-chart")).isVisible();
        // the page is for figures only: none of the mentors' names, none of their own words
        assertThat(page.locator("body")).not().containsText("Henk Bakker");
        assertThat(page.locator("body")).not().containsText("Wilt u nog iets toelichten");
        Browser.assertAccessible(page);

        var download = page.waitForDownload(() -> page.locator("#download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");
        page.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
