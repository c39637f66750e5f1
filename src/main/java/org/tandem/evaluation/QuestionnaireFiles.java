package org.tandem.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tandem.evaluation.QuestionnaireDefinition.Choice;
import org.tandem.evaluation.QuestionnaireDefinition.Problem;
import org.tandem.evaluation.QuestionnaireDefinition.Question;
import org.tandem.evaluation.QuestionnaireDefinition.Scale;
import org.tandem.evaluation.QuestionnaireDefinition.Section;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A questionnaire as a file: JSON (the document as it is stored) or XLSX for people who write questionnaires in a
 * spreadsheet (sheets "questionnaire", "sections", "questions", "scales"; choices one per line as
 * {@code value | nl | en | fr}). Reading refuses a bad file with every problem at its sheet, row and column, reusing
 * {@link QuestionnaireDefinition#problems()}.
 */
final class QuestionnaireFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2000;

    static final List<String> QUESTION_COLUMNS = List.of("section", "key", "type", "text_nl", "text_en", "text_fr",
            "choices", "required", "min", "max");
    static final List<String> SECTION_COLUMNS = List.of("key", "title_nl", "title_en", "title_fr");
    static final List<String> SCALE_COLUMNS = List.of("key", "name_nl", "name_en", "name_fr", "items", "reversed",
            "min_answered");

    private QuestionnaireFiles() {
    }

    // --- JSON

    static byte[] toJson(QuestionnaireDocument document) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    static String definitionJson(QuestionnaireDefinition definition) {
        return JSON.writeValueAsString(definition);
    }

    static QuestionnaireDefinition definition(String json) {
        return JSON.readValue(json, QuestionnaireDefinition.class);
    }

    static QuestionnaireDocument fromJson(byte[] bytes) {
        tooLarge(bytes);
        try {
            var document = JSON.readValue(bytes, QuestionnaireDocument.class);
            if (document == null) {
                throw refused(new Problem("file", "evaluation.file.empty"));
            }
            return checked(document, Map.of());
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw refused(new Problem("file", "evaluation.file.json",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()));
        }
    }

    // --- XLSX

    static byte[] toXlsx(QuestionnaireDocument document) {
        var definition = document.definition();
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet head = workbook.createSheet("questionnaire");
            int r = 0;
            r = pair(head, r, "name", document.name());
            r = pair(head, r, "origin", document.origin() == null ? null : document.origin().name());
            r = texts(head, r, "title", definition.title());
            texts(head, r, "introduction", definition.introduction());

            Sheet sections = sheet(workbook, "sections", SECTION_COLUMNS);
            Sheet questions = sheet(workbook, "questions", QUESTION_COLUMNS);
            int sr = 1;
            int qr = 1;
            for (Section section : definition.sections()) {
                row(sections, sr++, section.key(), t(section.title()).nl(), t(section.title()).en(),
                        t(section.title()).fr());
                for (Question q : section.questions()) {
                    row(questions, qr++, section.key(), q.key(), q.type() == null ? null : q.type().name(),
                            t(q.text()).nl(), t(q.text()).en(), t(q.text()).fr(), choicesText(q.choices()),
                            q.required() ? "yes" : "no", q.min() == null ? null : q.min().toString(),
                            q.max() == null ? null : q.max().toString());
                }
            }
            Sheet scales = sheet(workbook, "scales", SCALE_COLUMNS);
            int cr = 1;
            for (Scale scale : definition.scales()) {
                row(scales, cr++, scale.key(), t(scale.name()).nl(), t(scale.name()).en(), t(scale.name()).fr(),
                        String.join(", ", scale.items()), String.join(", ", scale.reversed()),
                        String.valueOf(scale.minAnswered()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a workbook in memory failed", e);
        }
    }

    static QuestionnaireDocument fromXlsx(byte[] bytes) {
        tooLarge(bytes);
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refused(new Problem("file", "evaluation.file.xlsx"));
        }
        try (workbook) {
            return readWorkbook(workbook);
        } catch (IOException e) {
            throw refused(new Problem("file", "evaluation.file.xlsx"));
        }
    }

    private static QuestionnaireDocument readWorkbook(Workbook workbook) {
        List<Problem> problems = new ArrayList<>();
        var formatter = new DataFormatter(Locale.ROOT);
        Map<String, String> head = new LinkedHashMap<>();
        Sheet headSheet = workbook.getSheet("questionnaire");
        if (headSheet == null) {
            problems.add(new Problem("questionnaire", "evaluation.file.sheet", "questionnaire"));
        } else {
            for (Row row : headSheet) {
                String key = cell(formatter, row, 0);
                if (key != null) {
                    head.put(key.toLowerCase(Locale.ROOT), cell(formatter, row, 1));
                }
            }
        }
        var sectionRows = rows(workbook, "sections", SECTION_COLUMNS, formatter, problems);
        var questionRows = rows(workbook, "questions", QUESTION_COLUMNS, formatter, problems);
        var scaleRows = rows(workbook, "scales", SCALE_COLUMNS, formatter, problems);
        if (!problems.isEmpty()) {
            throw new DefinitionRefused(problems);
        }
        Origin origin = null;
        String originText = head.get("origin");
        if (originText != null) {
            try {
                origin = Origin.valueOf(originText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("questionnaire!origin", "evaluation.file.origin", originText));
            }
        }
        // where each place of the definition came from, to say the row of a problem
        Map<String, String> places = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> sectionIndex = new LinkedHashMap<>();
        List<List<Question>> questions = new ArrayList<>();
        for (var row : sectionRows) {
            String key = row.get("key");
            places.put("sections[" + sections.size() + "]", "sections!" + row.get("#"));
            sectionIndex.putIfAbsent(key, sections.size());
            sections.add(new Section(key, new Texts(row.get("title_nl"), row.get("title_en"), row.get("title_fr")),
                    List.of()));
            questions.add(new ArrayList<>());
        }
        for (var row : questionRows) {
            String at = "questions!" + row.get("#");
            Integer s = sectionIndex.get(row.get("section"));
            if (s == null) {
                problems.add(new Problem(at + "!section", "evaluation.file.section", row.get("section")));
                continue;
            }
            QuestionType type = null;
            try {
                type = row.get("type") == null ? null
                        : QuestionType.valueOf(row.get("type").trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(at + "!type", "evaluation.definition.type"));
                continue;
            }
            List<Choice> choices = parseChoices(row.get("choices"), at, problems);
            Integer min = number(row.get("min"), at + "!min", problems);
            Integer max = number(row.get("max"), at + "!max", problems);
            String required = row.get("required");
            places.put("sections[" + s + "].questions[" + questions.get(s).size() + "]", at);
            questions.get(s).add(new Question(row.get("key"), type, new Texts(row.get("text_nl"), row.get("text_en"),
                    row.get("text_fr")), choices, required != null && List.of("yes", "ja", "oui", "true", "1", "y", "x")
                            .contains(required.trim().toLowerCase(Locale.ROOT)), min, max));
        }
        List<Scale> scales = new ArrayList<>();
        for (var row : scaleRows) {
            String at = "scales!" + row.get("#");
            Integer minAnswered = number(row.get("min_answered"), at + "!min_answered", problems);
            places.put("scales[" + scales.size() + "]", at);
            scales.add(new Scale(row.get("key"), new Texts(row.get("name_nl"), row.get("name_en"), row.get("name_fr")),
                    list(row.get("items")), list(row.get("reversed")), minAnswered == null ? 0 : minAnswered));
        }
        List<Section> filled = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            filled.add(new Section(sections.get(s).key(), sections.get(s).title(), questions.get(s)));
        }
        var definition = new QuestionnaireDefinition(
                new Texts(head.get("title_nl"), head.get("title_en"), head.get("title_fr")),
                new Texts(head.get("introduction_nl"), head.get("introduction_en"), head.get("introduction_fr")),
                filled, scales);
        if (!problems.isEmpty()) {
            throw new DefinitionRefused(problems);
        }
        return checked(new QuestionnaireDocument(head.get("name"), origin, definition), places);
    }

    /** The document, or every problem with it at the place of the file it came from. */
    static QuestionnaireDocument checked(QuestionnaireDocument document, Map<String, String> places) {
        List<Problem> problems = new ArrayList<>();
        if (document.name() == null || document.name().isBlank()) {
            problems.add(new Problem(places.isEmpty() ? "name" : "questionnaire!name", "evaluation.questionnaire.name"));
        } else if (document.name().length() > 200) {
            problems.add(new Problem(places.isEmpty() ? "name" : "questionnaire!name", "evaluation.questionnaire.nameLong"));
        }
        if (document.definition() == null) {
            problems.add(new Problem("definition", "evaluation.definition.empty"));
        } else {
            for (Problem p : document.definition().problems()) {
                problems.add(new Problem(place(p.path(), places), p.code(), p.args()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionRefused(problems);
        }
        return document.origin() == null
                ? new QuestionnaireDocument(document.name().trim(), Origin.PROGRAMME_MADE, document.definition())
                : new QuestionnaireDocument(document.name().trim(), document.origin(), document.definition());
    }

    /** {@code sections[0].questions[2].text} of a workbook → {@code questions!5!text}. */
    private static String place(String path, Map<String, String> places) {
        if (places.isEmpty()) {
            return path;
        }
        String best = null;
        for (String prefix : places.keySet()) {
            if ((path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "["))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            return path.startsWith("title") || path.startsWith("introduction") ? "questionnaire!" + path : path;
        }
        String rest = path.substring(best.length());
        return places.get(best) + (rest.isEmpty() ? "" : "!" + rest.replaceFirst("^\\.", ""));
    }

    static List<Choice> parseChoices(String text, String at, List<Problem> problems) {
        List<Choice> choices = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return choices;
        }
        String[] lines = text.split("\\R");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 4) {
                problems.add(new Problem(at + "!choices", "evaluation.file.choice", line.trim()));
                continue;
            }
            choices.add(new Choice(parts[0].trim(), new Texts(blankNull(parts[1]), blankNull(parts[2]),
                    blankNull(parts[3]))));
        }
        return choices;
    }

    static String choicesText(List<Choice> choices) {
        var text = new StringBuilder();
        for (Choice c : choices) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            var label = t(c.label());
            text.append(c.value()).append(" | ").append(nz(label.nl())).append(" | ").append(nz(label.en()))
                    .append(" | ").append(nz(label.fr()));
        }
        return text.toString();
    }

    static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Integer number(String text, String at, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return (int) Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new Problem(at, "evaluation.file.number", text));
            return null;
        }
    }

    private static List<Map<String, String>> rows(Workbook workbook, String name, List<String> columns,
            DataFormatter formatter, List<Problem> problems) {
        Sheet sheet = workbook.getSheet(name);
        List<Map<String, String>> rows = new ArrayList<>();
        if (sheet == null) {
            if (!name.equals("scales")) {
                problems.add(new Problem(name, "evaluation.file.sheet", name));
            }
            return rows;
        }
        Row header = sheet.getRow(0);
        Map<String, Integer> index = new LinkedHashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String title = formatter.formatCellValue(cell);
                if (title != null && !title.isBlank()) {
                    index.put(title.trim().toLowerCase(Locale.ROOT), cell.getColumnIndex());
                }
            }
        }
        for (String column : columns) {
            if (!index.containsKey(column)) {
                problems.add(new Problem(name + "!1!" + column, "evaluation.file.column", column));
            }
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            problems.add(new Problem(name, "evaluation.file.rows", MAX_ROWS));
            return rows;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean any = false;
            for (String column : columns) {
                Integer c = index.get(column);
                String value = c == null ? null : cell(formatter, row, c);
                values.put(column, value);
                any |= value != null;
            }
            if (any) {
                values.put("#", String.valueOf(r + 1));
                rows.add(values);
            }
        }
        return rows;
    }

    private static String cell(DataFormatter formatter, Row row, int column) {
        if (row == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return blankNull(formatter.formatCellValue(cell));
    }

    private static Sheet sheet(Workbook workbook, String name, List<String> columns) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, 0, columns.toArray(String[]::new));
        return sheet;
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static int pair(Sheet sheet, int r, String key, String value) {
        row(sheet, r, key, value);
        return r + 1;
    }

    private static int texts(Sheet sheet, int r, String key, Texts texts) {
        var t = t(texts);
        r = pair(sheet, r, key + "_nl", t.nl());
        r = pair(sheet, r, key + "_en", t.en());
        return pair(sheet, r, key + "_fr", t.fr());
    }

    private static Texts t(Texts texts) {
        return texts == null ? new Texts(null, null, null) : texts;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void tooLarge(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused(new Problem("file", "evaluation.file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(new Problem("file", "evaluation.file.large", MAX_BYTES / 1024 / 1024));
        }
    }

    private static DefinitionRefused refused(Problem problem) {
        return new DefinitionRefused(List.of(problem));
    }
}
