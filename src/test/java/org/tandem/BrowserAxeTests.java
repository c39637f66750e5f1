package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/** The accessibility check every journey relies on finds what it must find, and passes what it must pass. */
class BrowserAxeTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPageWithSeriousViolationsFailsNamingTheRulesAndElements() {
        var page = browser.newPage(390, 844, "en-GB");
        page.setContent("<!doctype html><html><head><title>t</title></head><body><main>"
                + "<img src='portrait.png'><input id='q' type='text'>"
                + "<p style='color:#ccc;background:#fff'>pale text</p></main></body></html>");
        assertThatThrownBy(() -> Browser.assertAccessible(page)).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("critical image-alt").hasMessageContaining("portrait.png")
                .hasMessageContaining("critical label")
                .hasMessageContaining("serious color-contrast");
        page.context().close();
    }

    @Test
    void aCleanPagePassesAndTheScriptIsPutInOncePerDocument() {
        var page = browser.newPage(390, 844, "en-GB");
        page.setContent("<!doctype html><html lang='en'><head><title>Clean</title></head><body><main>"
                + "<h1>Clean</h1><img src='p.png' alt='A portrait'><label for='q'>Search</label>"
                + "<input id='q' type='text'></main></body></html>");
        assertThatCode(() -> Browser.assertAccessible(page)).doesNotThrowAnyException();
        page.evaluate("() => { window.axe.seenBefore = true; }");
        assertThatCode(() -> Browser.assertAccessible(page)).doesNotThrowAnyException();
        assertThat(page.evaluate("() => window.axe.seenBefore === true")).isEqualTo(true);
        page.context().close();
    }
}
