package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TandemApplicationTests {

    @Test
    void solveIsRecognisedOnlyAsTheFirstArgument() {
        assertThat(TandemApplication.isSolve(new String[] {"solve", "x.json"})).isTrue();
        assertThat(TandemApplication.isSolve(new String[] {})).isFalse();
        assertThat(TandemApplication.isSolve(new String[] {"--server.port=0", "solve"})).isFalse();
    }

    @Test
    void solvesAnInstanceFileWithoutSpring(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("i.json");
        Files.writeString(file, """
                {"mentors":[{"id":"m1","capacity":1},{"id":"m2","capacity":1}],
                 "mentees":[{"id":"e1"},{"id":"e2"}],
                 "pairs":[[0,0,900],[0,1,800],[1,0,850]]}""");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = TandemApplication.solve(new String[] {"solve", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"matched\":2").contains("\"totalScore\":1650")
                .contains("{\"mentee\":\"e1\",\"mentor\":\"m2\",\"score\":800}");
    }

    @Test
    void malformedFileExitsWithTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"mentors\":[]}");
        var err = new ByteArrayOutputStream();
        int code = TandemApplication.solve(new String[] {"solve", file.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing");
    }
}
