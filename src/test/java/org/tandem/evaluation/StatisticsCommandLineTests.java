package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad files: exit 2 and one line that says where, never a stack trace; bad usage: exit 1. */
class StatisticsCommandLineTests {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = StatisticsCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String content) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "data", ".csv"), content);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "prepost|id,before,after\\n1,2,x\\n|line 2, column after: 'x' is not a number",
        "prepost|id,before\\n1,2\\n|missing: after",
        "prepost|id,before,after\\n1,2,3\\n1,3,4\\n|line 3: id 1 appears twice",
        "prepost|id,before,after\\n1,2\\n|line 2 has 2 cells where the header has 3",
        "prepost|id,before,after\\n,2,3\\n|line 2: the id is empty",
        "prepost|id,before,after\\n1,2,Infinity\\n|'Infinity' is not a number",
        "prepost|``|the file is empty",
        "prepost|id,before,after\\n1,\"2,3\\n|unclosed quote",
        "alpha|item1\\n1\\n|at least two item columns",
        "alpha|a,b\\n1,z\\n|line 2, column b: 'z' is not a number",
    })
    void aMalformedFileExitsTwoWithOneLineThatSaysWhere(String command, String content, String message)
            throws Exception {
        Path file = file(content.replace("\\n", "\n"));
        Run run = run(command, file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void usageAndUnreadableFilesExitOne() {
        assertThat(run("prepost").exit()).isEqualTo(1);
        assertThat(run("prepost", "a.csv", "b.csv").exit()).isEqualTo(1);
        Run missing = run("alpha", dir.resolve("nothing.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("cannot read file");
    }

    @Test
    void missingCellsLeaveThePersonOutAndAreCounted() throws Exception {
        Run run = run("prepost", file("id,before,after\na,1,2\nb,,3\nc,2,\nd,3,5\n").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"n\":2", "\"missing\":2", "\"meanChange\":1.5");
    }

    @Test
    void alphaIgnoresAnIdColumnAndDropsIncompleteRows() throws Exception {
        Run run = run("alpha", file("id,a,b,c\nr1,1,2,2\nr2,2,2,3\nr3,,1,1\nr4,4,5,4\n").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"n\":3", "\"k\":3");
    }
}
