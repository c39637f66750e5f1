package org.tandem.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import org.tandem.evaluation.Origin;
import org.tandem.evaluation.QuestionType;
import org.tandem.evaluation.QuestionnaireDefinition;
import org.tandem.evaluation.QuestionnaireDefinition.Choice;
import org.tandem.evaluation.QuestionnaireDefinition.Question;
import org.tandem.evaluation.QuestionnaireDefinition.Scale;
import org.tandem.evaluation.QuestionnaireDefinition.Section;
import org.tandem.evaluation.QuestionnaireDocument;
import org.tandem.evaluation.QuestionnaireView;
import org.tandem.evaluation.Texts;
import org.tandem.evaluation.LikertLabels;

/**
 * The questionnaire editor's form: the definition as rows a browser posts (texts per language side by side, choices
 * one per line as {@code value | nl | en | fr}, scale items as keys separated by commas). Its paths mirror the
 * definition's, so each problem of {@link QuestionnaireDefinition#problems()} lands at its field.
 */
record EditorForm(String name, Origin origin, String titleNl, String titleEn, String titleFr, String introNl,
        String introEn, String introFr, List<SectionRow> sections, List<ScaleRow> scales, Long version) {

    record SectionRow(String key, String titleNl, String titleEn, String titleFr, List<QuestionRow> questions) {
        SectionRow {
            questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
        }
    }

    record QuestionRow(String key, QuestionType type, String textNl, String textEn, String textFr, String choices,
            Boolean required, Integer min, Integer max) {
    }

    record ScaleRow(String key, String nameNl, String nameEn, String nameFr, String items, String reversed,
            Integer minAnswered) {
    }

    EditorForm {
        sections = sections == null ? new ArrayList<>()
                : new ArrayList<>(sections.stream().filter(s -> s != null).toList());
        scales = scales == null ? new ArrayList<>() : new ArrayList<>(scales.stream().filter(s -> s != null).toList());
    }

    static EditorForm blank() {
        var question = new QuestionRow("q1", QuestionType.LIKERT_5, null, null, null, choicesText(LikertLabels.agreement(5)), true,
                null, null);
        return new EditorForm(null, Origin.PROGRAMME_MADE, null, null, null, null, null, null,
                List.of(new SectionRow("s1", null, null, null, List.of(question))), List.of(), null);
    }

    static EditorForm from(QuestionnaireView view) {
        var d = view.definition();
        return new EditorForm(view.name(), view.origin(), t(d.title()).nl(), t(d.title()).en(), t(d.title()).fr(),
                t(d.introduction()).nl(), t(d.introduction()).en(), t(d.introduction()).fr(),
                d.sections().stream().map(s -> new SectionRow(s.key(), t(s.title()).nl(), t(s.title()).en(),
                        t(s.title()).fr(), s.questions().stream().map(q -> new QuestionRow(q.key(), q.type(),
                                t(q.text()).nl(), t(q.text()).en(), t(q.text()).fr(), choicesText(q.choices()),
                                q.required(), q.min(), q.max())).toList())).toList(),
                d.scales().stream().map(s -> new ScaleRow(s.key(), t(s.name()).nl(), t(s.name()).en(),
                        t(s.name()).fr(), String.join(", ", s.items()), String.join(", ", s.reversed()),
                        s.minAnswered())).toList(),
                view.version());
    }

    QuestionnaireDocument toDocument() {
        var sectionList = new ArrayList<Section>();
        for (var s : sections) {
            var questions = new ArrayList<Question>();
            for (var q : s.questions()) {
                if (q == null) {
                    continue;
                }
                String choiceText = q.choices();
                if (q.type() != null && q.type().likert() && (choiceText == null || choiceText.isBlank())) {
                    choiceText = choicesText(LikertLabels.agreement(q.type().points()));
                }
                questions.add(new Question(trim(q.key()), q.type(), texts(q.textNl(), q.textEn(), q.textFr()),
                        choices(choiceText), Boolean.TRUE.equals(q.required()), q.min(), q.max()));
            }
            sectionList.add(new Section(trim(s.key()), texts(s.titleNl(), s.titleEn(), s.titleFr()), questions));
        }
        var scaleList = scales.stream().map(s -> new Scale(trim(s.key()), texts(s.nameNl(), s.nameEn(), s.nameFr()),
                keys(s.items()), keys(s.reversed()), s.minAnswered() == null ? 0 : s.minAnswered())).toList();
        return new QuestionnaireDocument(name, origin, new QuestionnaireDefinition(texts(titleNl, titleEn, titleFr),
                texts(introNl, introEn, introFr), sectionList, scaleList));
    }

    /** The editor's actions besides saving: add, move, remove rows. Unknown or out-of-range actions change nothing. */
    EditorForm apply(String action) {
        if (action == null) {
            return this;
        }
        String[] parts = action.split(":");
        var rows = new ArrayList<SectionRow>();
        sections.forEach(s -> rows.add(new SectionRow(s.key(), s.titleNl(), s.titleEn(), s.titleFr(),
                s.questions())));
        var scaleRows = new ArrayList<>(scales);
        try {
            switch (parts[0]) {
                case "addSection" -> rows.add(new SectionRow("s" + (rows.size() + 1), null, null, null,
                        new ArrayList<>()));
                case "addQuestion" -> {
                    var s = rows.get(Integer.parseInt(parts[1]));
                    s.questions().add(new QuestionRow(nextKey(rows), QuestionType.LIKERT_5, null, null, null,
                            choicesText(LikertLabels.agreement(5)), true, null, null));
                }
                case "up", "down" -> {
                    var s = rows.get(Integer.parseInt(parts[1]));
                    int q = Integer.parseInt(parts[2]);
                    int to = parts[0].equals("up") ? q - 1 : q + 1;
                    if (to >= 0 && to < s.questions().size()) {
                        java.util.Collections.swap(s.questions(), q, to);
                    }
                }
                case "removeQuestion" -> rows.get(Integer.parseInt(parts[1])).questions()
                        .remove(Integer.parseInt(parts[2]));
                case "removeSection" -> rows.remove(Integer.parseInt(parts[1]));
                case "addScale" -> scaleRows.add(new ScaleRow("scale" + (scaleRows.size() + 1), null, null, null,
                        null, null, 2));
                case "removeScale" -> scaleRows.remove(Integer.parseInt(parts[1]));
                default -> {
                    return this;
                }
            }
        } catch (RuntimeException e) {
            return this;
        }
        return new EditorForm(name, origin, titleNl, titleEn, titleFr, introNl, introEn, introFr, rows, scaleRows,
                version);
    }

    private static String nextKey(List<SectionRow> rows) {
        int n = 1;
        var used = new java.util.HashSet<String>();
        rows.forEach(s -> s.questions().forEach(q -> used.add(q == null ? "" : q.key())));
        while (used.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    /** A problem's path → the form field it is shown at (texts and choices of a row show at the row's group). */
    static String field(String path) {
        return path.replaceAll("\\.choices\\[\\d+].*$", ".choices").replaceAll("\\.(items|reversed)\\[\\d+]$",
                ".$1");
    }

    private static List<Choice> choices(String text) {
        var choices = new ArrayList<Choice>();
        if (text == null) {
            return choices;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            choices.add(new Choice(parts[0].trim(), texts(part(parts, 1), part(parts, 2), part(parts, 3))));
        }
        return choices;
    }

    static String choicesText(List<Choice> choices) {
        var text = new StringBuilder();
        for (var c : choices) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            var l = t(c.label());
            text.append(c.value()).append(" | ").append(nz(l.nl())).append(" | ").append(nz(l.en())).append(" | ")
                    .append(nz(l.fr()));
        }
        return text.toString();
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i] : null;
    }

    private static List<String> keys(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split("[,;\\s]+")).filter(k -> !k.isBlank()).toList();
    }

    private static Texts texts(String nl, String en, String fr) {
        return new Texts(trim(nl), trim(en), trim(fr));
    }

    private static Texts t(Texts texts) {
        return texts == null ? new Texts(null, null, null) : texts;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
