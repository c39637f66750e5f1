package org.tandem.research.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a phone, the demo researcher opens Research from the menu, finds the demo project on programme B, and downloads
 * the export: a ZIP with a CSV per table, the codebook and the notes. The pages pass axe-core and do not scroll
 * sideways; the coordinator then sees the export in the project's log.
 */
@DemoServerTest
class ResearchJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theDemoResearcherExportsOnAPhoneAndTheCoordinatorSeesItLogged() throws Exception {
        Page page = browser.signedInOnPhone(base(), "researcher@demo.tandem");
        page.navigate(base() + "/research");
        assertThat(page.locator("h1")).hasText("Onderzoek");
        checkPhone(page);
        page.locator("#projects a", new Page.LocatorOptions().setHasText("50+")).first().click();
        assertThat(page.locator("#export-zip")).isVisible();
        assertThat(page.locator("#log")).hasCount(0);
        checkPhone(page);

        var download = page.waitForDownload(() -> page.locator("#export-zip").click());
        byte[] zip = Files.readAllBytes(download.path());
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(names).contains("enrolments.csv", "duos.csv", "meetings.csv",
                "activities.csv", "outcomes.csv", "survey_answers.csv", "codebook.csv", "notes.csv");
        String project = page.url();
        page.context().close();

        Page coordinator = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        coordinator.navigate(project);
        assertThat(coordinator.locator("#log tbody tr").first()).containsText("Dr. Lotte Visser");
        assertThat(coordinator.locator("#export-zip")).hasCount(0);
        checkPhone(coordinator);
        coordinator.navigate(base() + "/research");
        checkPhone(coordinator);
        coordinator.context().close();
    }

    private static void checkPhone(Page page) {
        Browser.assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(page.url()).isLessThanOrEqualTo(390);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
