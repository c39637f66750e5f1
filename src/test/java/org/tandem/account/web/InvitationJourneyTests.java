package org.tandem.account.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/** The demo admin invites a new mentor; the mentor follows the link from the outbox and signs in. */
@DemoServerTest
class InvitationJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void anInvitedMentorSetsAPasswordAndSignsIn() {
        String email = "new-mentor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Page admin = browser.newPage(1280, 900, "nl-NL");
        signIn(admin, "admin@demo.tandem", "tandem-demo");
        admin.locator("#nav-invitations").click();
        assertThat(admin.locator("h1")).hasText("Iemand uitnodigen");
        admin.getByLabel("E-mailadres", exact()).fill(email);
        admin.getByLabel("Naam", exact()).fill("Noor Nieuw");
        admin.getByLabel("Rol", exact()).selectOption("MENTOR");
        admin.locator("#send-invitation").click();
        assertThat(admin.locator("#invitation-link")).containsText("/invitations/");

        admin.locator("#nav-outbox").click();
        assertThat(admin.locator("#outbox")).containsText(email);
        admin.locator("#outbox tr", new Page.LocatorOptions().setHasText(email))
                .getByRole(AriaRole.LINK).click();
        assertThat(admin.locator("#mail-subject")).hasText("Je uitnodiging voor Tandem");
        var matcher = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher(admin.locator("#mail-body").textContent());
        org.assertj.core.api.Assertions.assertThat(matcher.find()).as("link in the mail").isTrue();
        String path = matcher.group();

        Page invitee = browser.newPage(1280, 900, "nl-NL");
        invitee.navigate(url(path));
        assertThat(invitee.locator("#invitation-intro")).containsText(email);
        invitee.getByLabel("Je naam").fill("Noor Nieuw");
        invitee.getByLabel("Kies een wachtwoord").fill("kort");
        invitee.getByLabel("Herhaal het wachtwoord").fill("kort");
        invitee.locator("#accept-invitation").click();
        assertThat(invitee.locator("#password-error")).containsText("minstens 12 tekens");
        invitee.getByLabel("Kies een wachtwoord").fill("een-lang-wachtwoord");
        invitee.getByLabel("Herhaal het wachtwoord").fill("een-lang-wachtwoord");
        invitee.locator("#accept-invitation").click();
        assertThat(invitee.getByRole(AriaRole.STATUS)).containsText("Je account is aangemaakt");

        signIn(invitee, email, "een-lang-wachtwoord");
        // a mentor lands on their home: their duo's next step, activities, and the link to their enrolments
        assertThat(invitee.locator("h1")).hasText("Mijn startpagina");

        invitee.navigate(url(path));
        assertThat(invitee.locator("#invitation-unavailable")).containsText("al gebruikt");
    }
}
