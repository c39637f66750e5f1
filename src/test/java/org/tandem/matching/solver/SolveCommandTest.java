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
        assertThat(stderr()).contains("usage: solve INSTANCE.json");
    }
}
