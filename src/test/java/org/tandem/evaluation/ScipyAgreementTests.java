package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code prepost} and {@code alpha} commands against values SciPy computed on the same files
 * ({@code src/test/scipy/statistics_reference.py}): statistics within 1e-9 absolute, p-values within 1e-6 relative,
 * and a figure SciPy leaves undefined is null here.
 */
class ScipyAgreementTests {

    private static final Path ROOT = Path.of("src/test/resources/evaluation");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> P_VALUES = Set.of("pT", "pWilcoxon");
    private static final Set<String> PREPOST_FIELDS = Set.of("n", "missing", "meanBefore", "meanAfter", "meanChange",
            "sdChange", "t", "df", "pT", "ciLow", "ciHigh", "dz", "wPlus", "wMinus", "nonZero", "pWilcoxon",
            "wilcoxonMethod", "rankBiserial");

    static Stream<Arguments> prepostCases() throws Exception {
        return cases("prepost");
    }

    static Stream<Arguments> alphaCases() throws Exception {
        return cases("alpha");
    }

    private static Stream<Arguments> cases(String command) throws Exception {
        JsonNode expected = JSON.readTree(ROOT.resolve(command).resolve("expected.json").toFile());
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Map.Entry<String, JsonNode> entry : expected.properties()) {
            cases.add(Arguments.of(entry.getKey(), entry.getValue()));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prepostCases")
    void prepostAgreesWithScipy(String name, JsonNode expected) throws Exception {
        JsonNode actual = run("prepost", name);
        for (String field : PREPOST_FIELDS) {
            assertField(name, field, expected.get(field), actual.get(field));
        }
        assertThat(actual.has("note")).as(name + ": a note exactly when t is undefined")
                .isEqualTo(!expected.has("t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alphaCases")
    void alphaAgreesWithTheFormulaOnNumpy(String name, JsonNode expected) throws Exception {
        JsonNode actual = run("alpha", name);
        for (String field : Set.of("n", "k", "alpha")) {
            assertField(name, field, expected.get(field), actual.get(field));
        }
    }

    private static void assertField(String name, String field, JsonNode expected, JsonNode actual) {
        String what = name + "." + field;
        assertThat(actual).as(what + " is in the output").isNotNull();
        if (expected == null) {
            assertThat(actual.isNull()).as(what + " is undefined in SciPy, so null here, not " + actual).isTrue();
        } else if (expected.isString()) {
            assertThat(actual.asString()).as(what).isEqualTo(expected.asString());
        } else if (expected.isIntegralNumber()) {
            assertThat(actual.isIntegralNumber()).as(what + " is a whole number").isTrue();
            assertThat(actual.asLong()).as(what).isEqualTo(expected.asLong());
        } else if (P_VALUES.contains(field)) {
            double p = expected.asDouble();
            assertThat(actual.asDouble()).as(what).isCloseTo(p, within(Math.max(1e-6 * p, 1e-300)));
        } else {
            assertThat(actual.asDouble()).as(what).isCloseTo(expected.asDouble(), within(1e-9));
        }
    }

    private static JsonNode run(String command, String name) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Path file = ROOT.resolve(command).resolve(name + ".csv");
        assertThat(Files.exists(file)).as(file.toString()).isTrue();
        int exit = StatisticsCommandLine.run(new String[] {command, file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }
}
