package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The message bundles named in {@code spring.messages.basename}: a key defined in two bundles of one language would
 * show whichever comes first, so none may be; and every Dutch text has its English and French one.
 */
class MessageBundlesTests {

    /** Texts kept in the programme's default language only: the defaults a programme starts from. */
    private static final String DUTCH_ONLY = "duo.defaults.";

    private static List<String> basenames() throws IOException {
        var application = load("application.properties");
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<String, List<String>> definitions(String suffix) throws IOException {
        var where = new HashMap<String, List<String>>();
        for (String basename : basenames()) {
            for (String key : load(basename.trim() + suffix + ".properties").stringPropertyNames()) {
                where.computeIfAbsent(key, k -> new ArrayList<>()).add(basename);
            }
        }
        return where;
    }

    @Test
    void noKeyIsDefinedInTwoBundlesOfOneLanguage() throws IOException {
        for (String suffix : List.of("", "_en", "_fr")) {
            var twice = new TreeSet<String>();
            definitions(suffix).forEach((key, bundles) -> {
                if (bundles.size() > 1) {
                    twice.add(key + " in " + bundles);
                }
            });
            assertThat(twice).as("language '%s'", suffix).isEmpty();
        }
    }

    @Test
    void everyDutchTextHasItsEnglishAndFrenchOne() throws IOException {
        Set<String> dutch = new TreeSet<>(definitions("").keySet());
        dutch.removeIf(key -> key.startsWith(DUTCH_ONLY));
        for (String suffix : List.of("_en", "_fr")) {
            var missing = new TreeSet<>(dutch);
            missing.removeAll(definitions(suffix).keySet());
            assertThat(missing).as("missing in '%s'", suffix).isEmpty();
        }
    }
}
