package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SolveCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void solvesAndPrintsJson() throws IOException {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, "{\"mentors\":[{\"id\":\"m1\",\"capacity\":1},{\"id\":\"m2\",\"capacity\":1}],"
                + "\"mentees\":[{\"id\":\"e1\"},{\"id\":\"e2\"},{\"id\":\"e7\"}],"
                + "\"pairs\":[[0,0,870],[1,0,900],[1,1,10]]}");
        assertThat(run("solve", file.toString())).isZero();
        assertThat(stdout()).matches("\\{\"matched\":2,\"totalScore\":880,\"solveMillis\":\\d+,"
                + "\"assignments\":\\[\\{\"mentee\":\"e1\",\"mentor\":\"m1\",\"score\":870},"
                + "\\{\"mentee\":\"e2\",\"mentor\":\"m2\",\"score\":10}],\"unmatched\":\\[\"e7\"]}\\R");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void certificateOptionPrintsPricesThatProveOptimality() throws IOException {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, "{\"mentors\":[{\"id\":\"m1\",\"capacity\":1},{\"id\":\"m2\",\"capacity\":1}],"
                + "\"mentees\":[{\"id\":\"e1\"},{\"id\":\"e2\"},{\"id\":\"e7\"}],"
                + "\"pairs\":[[0,0,870],[1,0,900],[1,1,10]]}");
        assertThat(run("solve", "--certificate", file.toString())).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"certificate\":\\{\"bigWeight\":(\\d+),"
                        + "\"menteePrices\":\\[\\{\"mentee\":\"e1\",\"price\":(\\d+)},"
                        + "\\{\"mentee\":\"e2\",\"price\":(\\d+)},\\{\"mentee\":\"e7\",\"price\":(\\d+)}],"
                        + "\"mentorPrices\":\\[\\{\"mentor\":\"m1\",\"price\":(\\d+)},"
                        + "\\{\"mentor\":\"m2\",\"price\":(\\d+)}]}}").matcher(stdout());
        assertThat(m.find()).as(stdout()).isTrue();
        long big = Long.parseLong(m.group(1));
        long e1 = Long.parseLong(m.group(2));
        long e2 = Long.parseLong(m.group(3));
        long e7 = Long.parseLong(m.group(4));
        long m1 = Long.parseLong(m.group(5));
        long m2 = Long.parseLong(m.group(6));
        assertThat(big).isEqualTo(OptimalityChecker.bigWeight(3));
        // matched pairs e1-m1 (870) and e2-m2 (10) tight, the other allowed pair covered, e7 unmatched at 0
        assertThat(e1 + m1).isEqualTo(big + 870);
        assertThat(e2 + m2).isEqualTo(big + 10);
        assertThat(e2 + m1).isGreaterThanOrEqualTo(big + 900);
        assertThat(e7).isZero();
        // and the prices prove that no matching has more weight: their sum equals the matching's weight
        assertThat(e1 + e2 + e7 + m1 + m2).isEqualTo(2 * big + 880);
    }

    @Test
    void aSolutionThatFailsItsCertificateIsNotPrintedAndExitsWithThree() throws IOException {
        Path file = dir.resolve("ok.json");
        Files.writeString(file, "{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],"
                + "\"mentees\":[{\"id\":\"e1\"},{\"id\":\"e2\"}],\"pairs\":[[0,0,10],[1,0,900]]}");
        int code = SolveCommand.run(new String[] {"solve", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                in -> new Solution(1, 10, new int[] {0, -1}, new long[] {1, 0}, new long[] {0}));
        assertThat(code).isEqualTo(3);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("certificate check failed").contains("prices fall short");
    }

    @Test
    void malformedFileExitsWithTwo() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"mentors\":[],\"mentees\":[],\"pairs\":[[0,0,1]]}");
        assertThat(run("solve", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("pairs[0]: mentee index 0 out of range (0 mentees)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void syntaxErrorExitsWithTwo() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"mentors\":[");
        assertThat(run("solve", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("malformed JSON");
    }

    @Test
    void missingFileOrBadUsageExitsWithOne() {
        assertThat(run("solve", dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(stderr()).contains("cannot read instance file");
        assertThat(run("solve")).isEqualTo(1);
        assertThat(run("frobnicate", "x.json")).isEqualTo(1);
        assertThat(run("solve", dir.toString())).isEqualTo(1);
        assertThat(run("solve", "x.json", "--verbose")).isEqualTo(1);
        assertThat(run("solve", "--certificate")).isEqualTo(1);
        assertThat(stderr()).contains("usage: solve INSTANCE.json [--certificate]");
    }
}
