package org.tandem.evaluation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.Browser;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.evaluation.QuestionnaireService;
import org.tandem.evaluation.WaveKind;
import org.tandem.evaluation.WavePlan;
import org.tandem.evaluation.WavePurpose;
import org.tandem.evaluation.WaveRole;
import org.tandem.evaluation.WaveService;
import org.tandem.notification.OutboxService;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * A mentor of "Ronde 2027" answers a feedback questionnaire on a phone from the link in their mail, without an
 * account: answers a few questions, saves, comes back later through the same link, finishes and submits; the link
 * then says it was used.
 */
@DemoServerTest
class SurveyJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    WaveService waves;

    @Autowired
    OutboxService outbox;

    @Test
    void aMentorAnswersFromTheMailedLinkOnAPhone_savesResumesAndSubmits() {
        String link = accounts.callAs("coordinator@demo.tandem", () -> {
            var programme = catalogue.all().stream().filter(p -> p.name().equals("Kracht van Mentorschap"))
                    .findFirst().orElseThrow();
            var cohort = catalogue.cohorts(programme.id()).stream().filter(c -> c.name().equals("Ronde 2027"))
                    .findFirst().orElseThrow();
            var questionnaire = questionnaires.list(programme.id()).stream()
                    .filter(q -> q.name().startsWith("Mentoren 50+")).findFirst().orElseThrow();
            var wave = waves.plan(programme.id(), new WavePlan(cohort.id(), questionnaire.id(), "Kennismaking",
                    WaveRole.MENTOR, WaveKind.CUSTOM, WavePurpose.FEEDBACK, false, LocalDate.now(),
                    LocalDate.now().plusDays(10), null, null, null));
            waves.open(wave.id());
            var mail = outbox.list().stream().filter(m -> "survey-invitation".equals(m.kind())
                    && m.subject().contains("Mentoren 50+")).findFirst().orElseThrow();
            var matcher = Pattern.compile("https?://[^/\\s]+(/survey/\\S+)").matcher(outbox.get(mail.id()).body());
            return matcher.find() ? matcher.group(1) : null;
        });

        Page page = browser.newPage(390, 844, "nl-NL");
        page.navigate(base() + link);
        assertThat(page.locator("h1")).hasText("Mentoren 50+: hoe gaat het met u?");
        Browser.assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).as("no sideways scrolling on the phone").isLessThanOrEqualTo(390);
        page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions()
                        .setName("Ik kan een jongere goed helpen bij het zoeken naar werk."))
                .getByLabel("Eens", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        page.locator("#q-zv2-5").focus();
        page.keyboard().press("Space");
        page.locator("#save-survey").click();
        assertThat(page.locator(".alert-success")).containsText("opgeslagen");
        page.context().close();

        Page later = browser.newPage(390, 844, "nl-NL");
        later.navigate(base() + link);
        assertThat(later.locator("#q-zv1-4")).isChecked();
        assertThat(later.locator("#q-zv2-5")).isChecked();
        later.getByLabel("Wilt u nog iets toelichten?").fill("Goed om te weten wat er van me verwacht wordt.");
        later.locator("#submit-survey").click();
        assertThat(later.locator("#survey-done")).hasText("Dank u wel!");
        later.navigate(base() + link);
        assertThat(later.locator("#survey-unavailable")).containsText("al verstuurd");
        later.context().close();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
