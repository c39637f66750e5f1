package org.tandem.participant.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;
import org.tandem.programme.ProgrammeCatalogue;

/** A mentee applies on the public form in French; the coordinator takes them through intake. */
@DemoServerTest
class ApplicationJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Test
    void aMenteeAppliesInFrenchAndTheCoordinatorMakesThemReadyToMatch() {
        long programme = catalogue.all().stream().filter(p -> p.name().equals("Kracht van Mentorschap"))
                .findFirst().orElseThrow().id();
        String email = "yasmine." + System.nanoTime() + "@example.org";

        Page applicant = browser.newPage(390, 844, "fr-FR");
        applicant.navigate("http://localhost:" + port + "/apply/" + programme);
        // a loaded machine once saw a checkbox move under the click while the page still settled
        applicant.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(applicant.locator("h1")).containsText("Candidature pour Kracht van Mentorschap");
        applicant.getByLabel("Prénom").fill("Yasmine");
        applicant.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Benali");
        applicant.getByLabel("Adresse e-mail").fill(email);
        applicant.getByLabel("Année de naissance").fill("2003");
        applicant.locator("#lang-FR").selectOption("FR:NATIVE");
        applicant.getByLabel("Soins et action sociale").check();
        applicant.getByLabel("lun matin").check();
        applicant.getByLabel("Je participe au programme et j'accepte que mes données soient utilisées à cette fin.").check();
        applicant.locator("#send-application").click();
        assertThat(applicant.locator("#thanks")).hasText("Merci pour votre candidature");
        applicant.context().close();

        Page coordinator = browser.newPage(1280, 900, "nl-NL");
        coordinator.navigate("http://localhost:" + port + "/login");
        coordinator.getByLabel("E-mailadres").fill("coordinator@demo.tandem");
        coordinator.getByLabel("Wachtwoord").fill("tandem-demo");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        coordinator.navigate("http://localhost:" + port + "/participants");
        coordinator.locator("#q").fill(email);
        assertThat(coordinator.locator("#participants tbody tr")).hasCount(1);
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yasmine Benali")).click();
        assertThat(coordinator.locator("#enrolment-status")).hasText("Aangemeld");

        coordinator.locator("#intake-at").fill("2026-12-03T14:00");
        coordinator.locator("#plan-intake").click();
        assertThat(coordinator.locator("#enrolment-status")).hasText("Intake gepland");
        for (var check : coordinator.locator("#intake input[type=checkbox]").all()) {
            check.check();
        }
        coordinator.locator("#intake-notes").fill("Wil in de zorg werken; spreekt Frans.");
        coordinator.locator("#record-intake").click();
        assertThat(coordinator.locator("#enrolment-status")).hasText("Intake gedaan");
        coordinator.locator("#to-ELIGIBLE").click();
        assertThat(coordinator.locator("#enrolment-status")).hasText("Toegelaten");
        coordinator.locator("#to-READY_TO_MATCH").click();
        assertThat(coordinator.locator("#enrolment-status")).hasText("Klaar om te matchen");
        assertThat(coordinator.locator("#history li")).hasCount(5);
        coordinator.context().close();
    }
}
