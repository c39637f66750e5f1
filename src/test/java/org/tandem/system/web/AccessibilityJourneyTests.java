package org.tandem.system.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.account.AccountService;
import org.tandem.Browser;
import org.tandem.DemoServerTest;

/**
 * Every role's main pages of the demo on a 390 px phone, checked with axe-core (also at desktop width, where the
 * navigation shows its links): no serious or critical violation, and no page scrolls sideways on the phone.
 * The pages are reached the way a user reaches them (links from the programme list, the first participant, ...).
 */
@DemoServerTest
class AccessibilityJourneyTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final List<String> failures = new ArrayList<>();

    @Test
    void theMainPagesOfEveryRolePassAxeOnAPhone() {
        Page login = browser.newPage(390, 844, "nl-NL");
        login.navigate(base() + "/login");
        check(login);
        login.context().close();

        Page coordinator = browser.signedInOnPhone(base(), "coordinator@demo.tandem");
        visit(coordinator, "/");
        visit(coordinator, "/programmes");
        String programme = firstLink(coordinator, "/programmes/(\\d+)\"");
        visit(coordinator, "/programmes/" + programme);
        String cohort = firstLink(coordinator, "/duos/cohorts/(\\d+)\"");
        visit(coordinator, "/duos/cohorts/" + cohort);
        visit(coordinator, "/duos/cohorts/" + cohort + "/at-risk");
        // with one duo's follow-up form open
        String atRisk = firstLink(coordinator, "/at-risk\\?followUp=(\\d+)");
        visit(coordinator, "/duos/cohorts/" + cohort + "/at-risk?followUp=" + atRisk + "#duo-" + atRisk);
        visit(coordinator, "/duos/cohorts/" + cohort + "/outcomes");
        visit(coordinator, "/programmes/" + programme + "/dashboard");
        visit(coordinator, "/programmes/" + programme + "/funder-reports");
        visit(coordinator, "/programmes/" + programme + "/funder-reports/new");
        visit(coordinator, "/programmes/" + programme + "/training");
        visit(coordinator, "/programmes/" + programme + "/workshops");
        String workshop = firstLink(coordinator, "/workshops/(\\d+)\"");
        visit(coordinator, "/workshops/" + workshop);
        visit(coordinator, "/workshops/" + workshop + "/door");
        visit(coordinator, "/workshops/" + workshop + "/edit");
        visit(coordinator, "/programmes/" + programme + "/workshops/new");
        visit(coordinator, "/programmes/" + programme + "/calendar");
        visit(coordinator, "/programmes/" + programme + "/contact-moments");
        String planMoment = firstLink(coordinator, "(/contact-moments/new\\?[^\"]*)\"").replace("&amp;", "&");
        String recordMoment = firstLink(coordinator, "(/contact-moments/record\\?[^\"]*)\"").replace("&amp;", "&");
        visit(coordinator, planMoment);
        visit(coordinator, recordMoment);
        visit(coordinator, "/programmes/" + programme + "/intervision");
        String group = firstLink(coordinator, "/intervision/groups/(\\d+)\"");
        visit(coordinator, "/intervision/groups/" + group);
        String session = firstLink(coordinator, "/intervision/sessions/(\\d+)\"");
        visit(coordinator, "/intervision/groups/" + group + "/sessions/new");
        visit(coordinator, "/intervision/sessions/" + session);
        visit(coordinator, "/programmes/" + programme + "/intervision/groups/new");
        visit(coordinator, "/programmes/" + programme + "/consents");
        visit(coordinator, "/participants");
        String participant = firstLink(coordinator, "/participants/(\\d+)\"");
        visit(coordinator, "/participants/" + participant);
        visit(coordinator, "/participants/" + participant + "/data");
        visit(coordinator, "/participants/" + participant + "/erasure");
        visit(coordinator, "/programmes/" + programme + "/retention");
        visit(coordinator, "/employers");
        visit(coordinator, "/matching");
        visit(coordinator, "/outbox");
        visit(coordinator, "/programmes/" + programme + "/surveys");
        String wave = firstLink(coordinator, "/waves/(\\d+)\"");
        String questionnaire = firstLink(coordinator, "/questionnaires/(\\d+)/edit\"");
        visit(coordinator, "/waves/" + wave);
        visit(coordinator, "/evaluation/waves/" + wave);
        visit(coordinator, "/questionnaires/" + questionnaire + "/edit");
        visit(coordinator, "/questionnaires/" + questionnaire + "/preview");
        visit(coordinator, "/programmes/" + programme + "/questionnaires/new");
        visit(coordinator, "/programmes/" + programme + "/waves/new");
        visit(coordinator, "/evaluation");
        visit(coordinator, "/research");
        visit(coordinator, "/research/projects/" + firstLink(coordinator, "/research/projects/(\\d+)\""));
        coordinator.context().close();

        Page mentor = browser.signedInOnPhone(base(), "mentor@demo.tandem");
        visit(mentor, "/");
        visit(mentor, "/me");
        visit(mentor, "/me/duos");
        visit(mentor, "/duos/" + firstLink(mentor, "/duos/(\\d+)\""));
        visit(mentor, "/workshops");
        visit(mentor, "/me/activities");
        visit(mentor, "/me/calendar");
        visit(mentor, "/me/intervision");
        visit(mentor, "/my-contact-moments");
        visit(mentor, "/me/data");
        visit(mentor, "/me/consents");
        mentor.context().close();

        Page employer = browser.signedInOnPhone(base(), "employer@demo.tandem");
        visit(employer, "/");
        visit(employer, "/my-employer");
        visit(employer, "/my-employer/contact-moments");
        visit(employer, "/me/activities");
        visit(employer, "/me/data");
        employer.context().close();

        Page researcher = browser.signedInOnPhone(base(), "researcher@demo.tandem");
        visit(researcher, "/");
        visit(researcher, "/evaluation");
        visit(researcher, "/programmes/" + firstLink(researcher, "/programmes/(\\d+)/dashboard\"") + "/dashboard");
        visit(researcher, "/research");
        visit(researcher, "/research/projects/" + firstLink(researcher, "/research/projects/(\\d+)\""));
        researcher.context().close();

        Page admin = browser.signedInOnPhone(base(), "admin@demo.tandem");
        visit(admin, "/admin/events");
        visit(admin, "/admin/invitations");
        visit(admin, "/admin/data-downloads");
        visit(admin, "/admin/retention");
        visit(admin, "/account/tokens");
        visit(admin, "/admin/accounts?role=COORDINATOR");
        visit(admin, "/admin/accounts/" + firstLink(admin, "/admin/accounts/(\\d+)\""));
        visit(admin, "/admin/audit");
        visit(admin, "/account/security");
        visit(admin, "/account/security/setup");
        visit(admin, "/admin/accounts/" + accounts.findByEmail("mentor@demo.tandem").orElseThrow().id()
                + "/second-factor");
        admin.context().close();

        if (!failures.isEmpty()) {
            throw new AssertionFailedError(String.join("\n\n", failures));
        }
    }

    private void visit(Page page, String path) {
        page.navigate(base() + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        check(page);
    }

    private void check(Page page) {
        try {
            Browser.assertAccessible(page);
        } catch (AssertionFailedError e) {
            failures.add(e.getMessage());
        }
        int width = page.viewportSize().width;
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > width) {
            failures.add(page.url() + " scrolls sideways on a " + width + " px screen: " + scrollWidth + " px wide");
        }
        if (width < 768) {
            // the same page on a desktop screen, where the navigation shows its links
            page.setViewportSize(1280, 900);
            try {
                Browser.assertAccessible(page);
            } catch (AssertionFailedError e) {
                failures.add("(1280 px) " + e.getMessage());
            }
            page.setViewportSize(width, 844);
        }
    }

    private static String firstLink(Page page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page.content());
        if (!matcher.find()) {
            throw new AssertionFailedError("no link " + pattern + " on " + page.url());
        }
        return matcher.group(1);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
