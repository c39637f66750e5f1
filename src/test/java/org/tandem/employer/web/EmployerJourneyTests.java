package org.tandem.employer.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/** The demo employer contact nominates a mentor; the demo coordinator sees the employer targets measured. */
@DemoServerTest
class EmployerJourneyTests {

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
    void theEmployerContactSeesTheirEmployerAndNominatesAMentor() {
        Page page = signIn("employer@demo.tandem");
        page.locator("#nav-my-employer").click();
        assertThat(page.locator("#employer-name")).hasText("Bouwbedrijf Van Dijk & Zonen");
        assertThat(page.locator("#pledge-list")).containsText("Kracht van Mentorschap");
        assertThat(page.locator("#mentor-list")).containsText("Johan de Boer");

        String lastName = "Verbeek-" + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Voornaam").fill("Henk");
        page.getByLabel("Achternaam").fill(lastName);
        page.getByLabel("E-mailadres").fill("henk." + lastName.toLowerCase() + "@example.org");
        page.getByLabel("Geboortejaar").fill("2001");
        page.getByLabel("Lichting").selectOption(new SelectOption().setLabel("Ronde 2026"));
        page.locator("#nominate-mentor").click();
        assertThat(page.locator("#birthYear-error")).containsText("minstens 50 jaar");

        page.getByLabel("Geboortejaar").fill("1966");
        page.locator("#nominate-mentor").click();
        Locator row = page.locator("#mentor-list tr", new Page.LocatorOptions().setHasText(lastName));
        assertThat(row).containsText("Henk " + lastName);
        assertThat(row).containsText("Voorgedragen");
        assertThat(page.locator("#mentor-list")).not().containsText("Zorggroep");
        page.context().close();
    }

    @Test
    void theCoordinatorSeesTheEmployerTargetsMeasuredAndFiltersEmployers() {
        Page page = signIn("coordinator@demo.tandem");
        assertThat(page.locator("h1")).hasText("Mijn dag");
        page.navigate("http://localhost:" + port + "/programmes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kracht van Mentorschap")).click();
        Locator targets = page.locator("#target-list");
        assertThat(targets.locator("li", new Locator.LocatorOptions().setHasText("Werkgevers toegezegd")))
                .containsText("nu 4");
        assertThat(targets.locator("li", new Locator.LocatorOptions().setHasText("zwaar beroep")))
                .containsText("nu 2");
        assertThat(targets.locator("li", new Locator.LocatorOptions().setHasText("Mentoren per werkgever")))
                .containsText("nu 4");

        page.locator("#nav-employers").click();
        assertThat(page.locator("#employers")).containsText("Logistique Dupont");
        page.locator("#heavyProfession").selectOption("true");
        assertThat(page.locator("#employers")).not().containsText("Logistique Dupont");
        assertThat(page.locator("#employers")).containsText("Zorggroep Amstelland");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zorggroep Amstelland")).click();
        assertThat(page.locator("#recruitments")).containsText("Actief");
        assertThat(page.locator("#mentor-list")).containsText("Anneke Visser");
        page.context().close();
    }
}
