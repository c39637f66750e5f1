package org.tandem.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceReaderTest {
    private static final String MENTORS = "\"mentors\":[{\"id\":\"m1\",\"capacity\":2},{\"id\":\"m2\",\"capacity\":1}]";
    private static final String MENTEES = "\"mentees\":[{\"id\":\"e1\"},{\"id\":\"e2\"},{\"id\":\"e3\"}]";

    private static Instance parse(String json) {
        return InstanceReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsValidFileWithPairsFirst(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("i.json");
        Files.writeString(file, "{\"pairs\":[[0,1,870],[2,0,5],[0,0,10]]," + MENTEES + "," + MENTORS + "}");
        Instance in = InstanceReader.read(file);
        assertThat(in.mentorCount()).isEqualTo(2);
        assertThat(in.menteeCount()).isEqualTo(3);
        assertThat(in.mentorId(1)).isEqualTo("m2");
        assertThat(in.menteeId(2)).isEqualTo("e3");
        assertThat(in.capacity(0)).isEqualTo(2);
        assertThat(in.pairCount()).isEqualTo(3);
        assertThat(in.score(0, 1)).isEqualTo(870);
        assertThat(in.score(0, 0)).isEqualTo(10);
        assertThat(in.score(2, 0)).isEqualTo(5);
        assertThat(in.score(1, 0)).isEqualTo(-1);
        assertThat(in.pairMentor(0, 0)).as("rows sorted by score").isEqualTo(1);
    }

    @Test
    void readsEmptyInstance() {
        Instance in = parse("{\"mentors\":[],\"mentees\":[],\"pairs\":[]}");
        assertThat(in.menteeCount()).isZero();
        assertThat(in.pairCount()).isZero();
    }

    @Test
    void duplicatePairKeepsMaxScore() {
        Instance in = parse("{" + MENTORS + "," + MENTEES + ",\"pairs\":[[1,1,3],[1,1,300],[1,1,30]]}");
        assertThat(in.pairCount()).isEqualTo(1);
        assertThat(in.score(1, 1)).isEqualTo(300);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[[0,9,5]]                      | pairs[0]: mentor index 9 out of range (2 mentors)",
        "[[0,1,5],[3,0,5]]              | pairs[1]: mentee index 3 out of range (3 mentees)",
        "[[0,1,5],[1,-1,5]]             | pairs[1]: mentor index -1 out of range (2 mentors)",
        "[[0,1,5],[1,1,5],[2,0,1200]]   | pairs[2]: score 1200 outside 0..1000",
        "[[0,1,-3]]                     | pairs[0]: score -3 outside 0..1000",
        "[[0,1]]                        | pairs[0] must be an array [menteeIndex, mentorIndex, score]",
        "[[0,1,5,6]]                    | pairs[0] must be an array [menteeIndex, mentorIndex, score]",
        "[{\"a\":1}]                    | pairs[0] must be an array [menteeIndex, mentorIndex, score]",
        "[[0,1.5,5]]                    | pairs[0]: mentor index must be an integer",
        "[[\"0\",1,5]]                  | pairs[0]: mentee index must be an integer",
        "[[0,1,99999999999]]            | pairs[0]: score 99999999999 out of range",
        "{}                             | '''pairs'' must be an array'",
    })
    void rejectsBadPairs(String pairs, String message) {
        assertThatThrownBy(() -> parse("{" + MENTORS + "," + MENTEES + ",\"pairs\":" + pairs + "}"))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"mentors\":[{\"id\":\"a\",\"capacity\":1},{\"id\":\"b\",\"capacity\":1},{\"id\":\"c\",\"capacity\":1},{\"id\":\"d\",\"capacity\":-1}],\"mentees\":[],\"pairs\":[]} | mentors[3].capacity must be a non-negative integer",
        "{\"mentors\":[{\"id\":\"a\",\"capacity\":1.5}],\"mentees\":[],\"pairs\":[]} | mentors[0].capacity must be a non-negative integer",
        "{\"mentors\":[{\"id\":\"a\",\"capacity\":\"2\"}],\"mentees\":[],\"pairs\":[]} | mentors[0].capacity must be a non-negative integer",
        "{\"mentors\":[{\"id\":\"a\"}],\"mentees\":[],\"pairs\":[]} | mentors[0].capacity is missing",
        "{\"mentors\":[{\"capacity\":1}],\"mentees\":[],\"pairs\":[]} | mentors[0].id is missing",
        "{\"mentors\":[{\"id\":7,\"capacity\":1}],\"mentees\":[],\"pairs\":[]} | mentors[0].id must be a string",
        "{\"mentors\":[{\"id\":\"a\",\"capacity\":1,\"x\":1}],\"mentees\":[],\"pairs\":[]} | mentors[0]: unknown key 'x'",
        "{\"mentors\":[{\"id\":\"a\",\"capacity\":1},{\"id\":\"a\",\"capacity\":1}],\"mentees\":[],\"pairs\":[]} | mentors[1].id 'a' repeats mentors[0]",
        "{\"mentors\":[],\"mentees\":[{\"id\":\"e\"},{\"name\":\"e\"}],\"pairs\":[]} | mentees[1]: unknown key 'name'",
        "{\"mentors\":[],\"mentees\":[{}],\"pairs\":[]} | mentees[0].id is missing",
        "{\"mentors\":[],\"mentees\":[\"e1\"],\"pairs\":[]} | mentees[0] must be an object",
        "{\"mentors\":[],\"pairs\":[]} | missing 'mentees'",
        "{\"mentees\":[],\"pairs\":[]} | missing 'mentors'",
        "{\"mentors\":[],\"mentees\":[]} | missing 'pairs'",
        "{\"mentors\":[],\"mentees\":[],\"pairs\":[],\"extra\":1} | unknown top-level key 'extra'",
        "{\"mentors\":[],\"mentors\":[],\"mentees\":[],\"pairs\":[]} | duplicate top-level key 'mentors'",
        "[] | instance must be a JSON object",
        "{\"mentors\":[],\"mentees\":[],\"pairs\":[]} {} | unexpected content after the top-level object",
    })
    void rejectsBadStructure(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage(message);
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        assertThatThrownBy(() -> parse("{\"mentors\":[}"))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("malformed JSON at line 1, column ");
        assertThatThrownBy(() -> parse(""))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessage("instance must be a JSON object");
    }
}
