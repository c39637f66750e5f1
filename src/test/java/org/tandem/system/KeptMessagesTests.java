package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

class KeptMessagesTests {

    /** Bundles in two languages that count how often a code is looked up. */
    static final class Bundles extends StaticMessageSource {
        final AtomicInteger lookups = new AtomicInteger();

        Bundles() {
            addMessage("duo.open", Locale.ENGLISH, "open");
            addMessage("duo.open", Locale.FRENCH, "ouvrir");
            addMessage("duo.atRisk.all", Locale.ENGLISH, "show all {1} ({0} shown)");
            addMessage("quote", Locale.ENGLISH, "it''s {0}");
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            lookups.incrementAndGet();
            return super.resolveCodeWithoutArguments(code, locale);
        }
    }

    @Test
    void aMessageWithoutArgumentsIsLookedUpOncePerLanguage() {
        var bundles = new Bundles();
        var messages = new KeptMessages(bundles);

        for (int i = 0; i < 20; i++) {
            assertThat(messages.getMessage("duo.open", null, Locale.ENGLISH)).isEqualTo("open");
            assertThat(messages.getMessage("duo.open", new Object[0], Locale.FRENCH)).isEqualTo("ouvrir");
        }
        assertThat(bundles.lookups).hasValue(2);
    }

    @Test
    void messagesWithArgumentsAreFormattedEachTime() {
        var messages = new KeptMessages(new Bundles());

        assertThat(messages.getMessage("duo.atRisk.all", new Object[] {50, 1500}, Locale.ENGLISH))
                .isEqualTo("show all 1,500 (50 shown)");
        assertThat(messages.getMessage("duo.atRisk.all", new Object[] {25, 30}, Locale.ENGLISH))
                .isEqualTo("show all 30 (25 shown)");
        assertThat(messages.getMessage("quote", new Object[] {"late"}, null, Locale.ENGLISH)).isEqualTo("it's late");
    }

    @Test
    void anUnknownCodeStaysUnknownAndTheDefaultIsGiven() {
        var bundles = new Bundles();
        var messages = new KeptMessages(bundles);

        assertThatThrownBy(() -> messages.getMessage("no.such", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
        assertThat(messages.getMessage("no.such", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
        assertThat(messages.getMessage("no.such", null, null, Locale.ENGLISH)).isNull();
        assertThat(messages.getMessage("duo.open", null, "fallback", Locale.ENGLISH)).isEqualTo("open");
    }

    @Test
    void theParentIsTheBundlesParent() {
        var bundles = new Bundles();
        var parent = new StaticMessageSource();
        parent.addMessage("only.parent", Locale.ENGLISH, "from the parent");
        var messages = new KeptMessages(bundles);

        messages.setParentMessageSource(parent);

        assertThat(bundles.getParentMessageSource()).isSameAs(parent);
        assertThat(messages.getParentMessageSource()).isSameAs(parent);
        assertThat(messages.getMessage("only.parent", null, Locale.ENGLISH)).isEqualTo("from the parent");
    }
}
