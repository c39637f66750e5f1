package org.tandem.programme.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;
import org.tandem.programme.ProgrammeMother;

/** A coordinator sets up a programme in a real browser. */
@DemoServerTest
class ProgrammeJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    private Page signIn(String email) {
        Page page = browser.newPage(1280, 900, "nl-NL");
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill("tandem-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        return page;
    }

    @Test
    void coordinatorCreatesAProgrammeWithCohortSiteStagesAndTargetThenSwitchesToFrench() {
        Page page = signIn("coordinator@demo.tandem");
        // a coordinator lands on their day and finds the programmes in the menu
        assertThat(page.locator("h1")).hasText("Mijn dag");
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Programma's")).click();
        assertThat(page.locator("h1")).hasText("Programma's");
        assertThat(page.locator("#programmes")).containsText("Kracht van Mentorschap");

        String name = ProgrammeMother.uniqueName("Mentoring Lyon");
        page.locator("#new-programme").click();
        page.getByLabel("Naam").fill(name);
        page.getByLabel("Soort").selectOption("INTERGENERATIONAL");
        page.getByLabel("Frans").check();
        page.getByLabel("Minimumleeftijd mentor").fill("50");
        page.locator("#save-programme").click();
        assertThat(page.locator("#programme-name")).hasText(name);
        assertThat(page.locator("#programme-status")).hasText("Concept");

        page.getByPlaceholder("Stad").fill("Lyon");
        page.getByLabel("Land").selectOption("FR");
        page.locator("#add-site").click();
        assertThat(page.locator("#site-list")).containsText("Lyon, Frankrijk");

        for (String stage : new String[] {"Kennismaking", "Doelen", "Afronding"}) {
            page.getByPlaceholder("Naam van de fase").fill(stage);
            page.locator("#add-stage").click();
        }
        assertThat(page.locator("#stage-list > li")).hasCount(3);
        // Moving the last stage up goes through htmx: only the stage plan is swapped.
        page.locator("#stage-list > li").nth(2).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Omhoog")).click();
        assertThat(page.locator("#stage-list > li").nth(1)).containsText("Afronding");

        page.getByLabel("Maatstaf").selectOption("EMPLOYERS_COMMITTED");
        page.getByPlaceholder("Drempel").fill("5");
        page.locator("#add-target").click();
        assertThat(page.locator("#target-list")).containsText("Werkgevers toegezegd");
        assertThat(page.locator("#target-list")).containsText("nu 0");

        page.locator("#new-cohort").click();
        page.getByLabel("Naam").fill("Ronde 1");
        page.getByLabel("Begindatum").fill("2027-01-10");
        page.getByLabel("Einddatum").fill("2026-12-01");
        page.locator("#save-cohort").click();
        assertThat(page.locator("#endDate-error")).hasText("De einddatum mag niet voor de begindatum liggen.");
        page.getByLabel("Einddatum").fill("2027-07-01");
        page.locator("#save-cohort").click();
        assertThat(page.locator("#cohort-list")).containsText("Ronde 1");

        page.locator("#lang-fr").click();
        assertThat(page.locator("#target-list")).containsText("Employeurs engagés");
        assertThat(page.locator("#cohort-list")).containsText("janv. 2027");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programmes").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Programmes");
        assertThat(page.locator("#programmes")).containsText(name);
        page.context().close();
    }

    @Test
    void aFirstVisitFollowsTheBrowsersLanguage() {
        Page page = browser.newPage(1280, 900, "fr-BE");
        page.navigate("http://localhost:" + port + "/login");
        assertThat(page.locator("h1")).hasText("Se connecter");
        page.context().close();
        Page german = browser.newPage(1280, 900, "de-DE");
        german.navigate("http://localhost:" + port + "/login");
        assertThat(german.locator("h1")).hasText("Aanmelden");
        german.context().close();
    }
}
