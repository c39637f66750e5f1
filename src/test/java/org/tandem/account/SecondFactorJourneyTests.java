package org.tandem.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * A mentor sets up an authenticator app on a phone-sized screen (the test is the app: it computes the codes from the
 * secret the page shows), keeps the recovery codes, and signs in again with password and code; every page passes axe.
 */
@DemoServerTest
class SecondFactorJourneyTests {

    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page signIn(String email) {
        Page page = browser.newPage(390, 844, "nl-NL");
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        return page;
    }

    @Test
    void aMentorSetsUpAnAuthenticatorAppAndSignsInWithACode() {
        String email = "journey." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(new NewUser(email, "Mila Mentor", PASSWORD, Set.of(Role.MENTOR)));

        Page page = signIn(email);
        page.navigate(url("/account/security"));
        assertThat(page.locator("#totp-state")).hasText("Niet ingesteld.");
        Browser.assertAccessible(page);
        page.locator("#setup-totp").click();
        assertThat(page.locator("#totp-qr svg")).isVisible();
        Browser.assertAccessible(page);
        byte[] key = Base32.decode(page.locator("#totp-secret").textContent());
        page.getByLabel("Code van zes cijfers uit de app").fill(Totp.code(key, Totp.step(Instant.now())));
        page.locator("#confirm-totp").click();
        assertThat(page.locator("#totp-enrolled")).isVisible();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        Browser.assertAccessible(page);
        page.locator("#codes-continue").click();
        assertThat(page.locator("#totp-state")).containsText("Ingesteld op");
        assertThat(page.locator("#recovery-left")).hasText("10 van de 10 codes nog niet gebruikt.");
        page.context().close();

        Page again = signIn(email);
        assertThat(again).hasURL(Pattern.compile("/login/second-factor$"));
        Browser.assertAccessible(again);
        again.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("000000".equals(
                Totp.code(key, Totp.step(Instant.now()) + 1)) ? "111111" : "000000");
        again.locator("#second-submit").click();
        assertThat(again.locator("#second-error")).hasText("Die code klopt niet, of is al gebruikt.");
        // the next step's code: the one of the set-up was used
        again.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(Totp.code(key, Totp.step(Instant.now()) + 1));
        again.locator("#second-submit").click();
        assertThat(again).hasURL(Pattern.compile(":" + port + "/$"));
        again.navigate(url("/account/security"));
        assertThat(again.locator("h1")).hasText("Beveiliging van je account");
        again.context().close();
    }
}
