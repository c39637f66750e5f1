package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Questionnaires as files: what is exported reads back the same; a bad file is refused at its row and field. */
class QuestionnaireFilesTests {

    static final QuestionnaireDocument DOCUMENT = new QuestionnaireDocument("Mentor experience", Origin.LICENSED,
            SurveyFixture.definition());

    @Test
    void theDefinitionIsValid() {
        assertThat(SurveyFixture.definition().problems()).isEmpty();
    }

    @Test
    void jsonRoundTrip() {
        assertThat(QuestionnaireFiles.fromJson(QuestionnaireFiles.toJson(DOCUMENT))).isEqualTo(DOCUMENT);
    }

    @Test
    void xlsxRoundTrip() {
        assertThat(QuestionnaireFiles.fromXlsx(QuestionnaireFiles.toXlsx(DOCUMENT))).isEqualTo(DOCUMENT);
    }

    @Test
    void aWorkbookWithMistakesIsRefusedWithEveryProblemAtItsRowAndColumn() throws Exception {
        byte[] good = QuestionnaireFiles.toXlsx(DOCUMENT);
        byte[] bad;
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(good));
                var out = new ByteArrayOutputStream()) {
            var questions = workbook.getSheet("questions");
            questions.getRow(2).getCell(4).setCellValue("");            // row 3: c2 without English text
            questions.getRow(3).getCell(2).setCellValue("SLIDER");      // row 4: unknown type
            workbook.getSheet("scales").getRow(1).getCell(5).setCellValue("hours"); // reversed, not an item
            workbook.write(out);
            bad = out.toByteArray();
        }
        assertThatThrownBy(() -> QuestionnaireFiles.fromXlsx(bad)).isInstanceOfSatisfying(DefinitionRefused.class,
                e -> assertThat(e.problems()).extracting(QuestionnaireDefinition.Problem::path)
                        .containsExactly("questions!4!type"));
        // with the type repaired, the remaining problems show at their rows
        byte[] typeFixed;
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bad));
                var out = new ByteArrayOutputStream()) {
            workbook.getSheet("questions").getRow(3).getCell(2).setCellValue("LIKERT_5");
            workbook.write(out);
            typeFixed = out.toByteArray();
        }
        assertThatThrownBy(() -> QuestionnaireFiles.fromXlsx(typeFixed))
                .isInstanceOfSatisfying(DefinitionRefused.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.code())
                        .containsExactlyInAnyOrder("questions!3!text evaluation.definition.text",
                                "scales!2!reversed[0] evaluation.definition.reversedNotItem"));
    }

    @Test
    void filesThatAreNoQuestionnaireAreRefusedWithAMessage() {
        assertThatThrownBy(() -> QuestionnaireFiles.fromXlsx("not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DefinitionRefused.class, e -> assertThat(e.problems())
                        .extracting(QuestionnaireDefinition.Problem::code).containsExactly("evaluation.file.xlsx"));
        assertThatThrownBy(() -> QuestionnaireFiles.fromJson("{\"name\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DefinitionRefused.class, e -> assertThat(e.problems())
                        .extracting(QuestionnaireDefinition.Problem::code).containsExactly("evaluation.file.json"));
        assertThatThrownBy(() -> QuestionnaireFiles.fromJson(new byte[0]))
                .isInstanceOfSatisfying(DefinitionRefused.class, e -> assertThat(e.problems())
                        .extracting(QuestionnaireDefinition.Problem::code).containsExactly("evaluation.file.empty"));
        String noName = new String(QuestionnaireFiles.toJson(DOCUMENT), StandardCharsets.UTF_8)
                .replace("\"Mentor experience\"", "\"\"");
        assertThatThrownBy(() -> QuestionnaireFiles.fromJson(noName.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DefinitionRefused.class, e -> assertThat(e.problems())
                        .extracting(QuestionnaireDefinition.Problem::path).containsExactly("name"));
    }

    @Test
    void answersAreCheckedPerQuestion() {
        var definition = SurveyFixture.definition();
        var raw = new java.util.HashMap<String, java.util.List<String>>();
        raw.put("c1", java.util.List.of("6"));
        raw.put("hours", java.util.List.of("120"));
        raw.put("started", java.util.List.of("2026-02-30"));
        raw.put("mode", java.util.List.of("phone"));
        raw.put("nps", java.util.List.of("11"));
        assertThatThrownBy(() -> AnswerCheck.read(definition, raw, true))
                .isInstanceOfSatisfying(AnswersRefused.class, e -> assertThat(e.problems()).satisfies(p -> {
                    assertThat(p.get("c1").code()).isEqualTo("evaluation.answer.choice");
                    assertThat(p.get("c2").code()).isEqualTo("evaluation.answer.required");
                    assertThat(p.get("hours").code()).isEqualTo("evaluation.answer.range");
                    assertThat(p.get("started").code()).isEqualTo("evaluation.answer.date");
                    assertThat(p.get("mode").code()).isEqualTo("evaluation.answer.choice");
                    assertThat(p.get("nps").code()).isEqualTo("evaluation.answer.range");
                }));
        var ok = AnswerCheck.read(definition, java.util.Map.of("c1", java.util.List.of("4"), "hours",
                java.util.List.of("7,5"), "topics", java.util.List.of("cv", "network"), "remarks",
                java.util.List.of("  Fijn  ")), false);
        assertThat(ok).containsEntry("c1", 4).containsEntry("hours", 7.5)
                .containsEntry("topics", java.util.List.of("cv", "network")).containsEntry("remarks", "Fijn")
                .doesNotContainKey("c2");
    }
}
