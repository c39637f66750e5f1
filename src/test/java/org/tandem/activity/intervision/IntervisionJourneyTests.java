package org.tandem.activity.intervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * On a phone, the demo coordinator opens programme B's intervision groups, takes the attendance of the Amsterdam
 * group's latest session; then the demo mentor (Henk) finds his group and its next session on his phone.
 */
@DemoServerTest
class IntervisionJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theCoordinatorRecordsAttendance_andTheMentorSeesTheirGroupAndNextSession() {
        Page page = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        page.navigate(base() + "/programmes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        page.locator("#intervision-link").click();
        assertThat(page.locator("h1")).hasText("Intervisie");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intervisiegroep Amsterdam")).click();
        assertThat(page.locator("#group-name")).hasText("Intervisiegroep Amsterdam");

        // the latest session that has begun
        page.locator("#sessions li.session-row.past").last().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#record-rule")).containsText("Geen namen van mentees");
        Locator boxes = page.locator("#attendance-form input[type=checkbox]");
        assertThat(boxes).hasCount(5);
        for (int i = 0; i < 5; i++) {
            boxes.nth(i).setChecked(i < 4);
        }
        page.locator("#save-attendance").click();
        assertThat(page.locator(".alert-success")).containsText("aanwezigheid is opgeslagen");
        assertThat(page.locator("#present-count")).hasText("4 van 5 aanwezig");
        assertThat(noSideways(page)).isTrue();
        page.context().close();

        Page mentor = browser.signedInOnPhone(base(), "mentor@demo.tandem");
        mentor.navigate(base() + "/me");
        mentor.locator("#my-intervision-link").click();
        assertThat(mentor.locator("#my-group-name")).hasText("Intervisiegroep Amsterdam");
        assertThat(mentor.locator("#my-group-members")).containsText("Henk");
        assertThat(mentor.locator("#my-next-session")).containsText("Amsterdam, Mentorhuis");
        assertThat(mentor.locator(".my-past li").first()).isVisible();
        assertThat(noSideways(mentor)).isTrue();
        mentor.context().close();
    }

    private static boolean noSideways(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
