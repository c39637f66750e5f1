package org.tandem.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.evaluation.QuestionnaireDefinition.Problem;

/** Problems of a questionnaire in the reader's language: by form field, and as one list that links to the fields. */
@Component
class ProblemTexts {

    /** One problem for the summary: where (a form field id, or a place in a file), and what. */
    record Line(String field, String place, String message) {
    }

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, List<String>> byField(List<Problem> problems) {
        var map = new LinkedHashMap<String, List<String>>();
        for (var p : problems) {
            map.computeIfAbsent(EditorForm.field(p.path()), k -> new ArrayList<>()).add(message(p));
        }
        return map;
    }

    List<Line> lines(List<Problem> problems) {
        return problems.stream().map(p -> new Line(id(EditorForm.field(p.path())), place(p.path()), message(p)))
                .toList();
    }

    String message(Problem p) {
        return messages.getMessage(p.code(), p.args().toArray(), p.code(), LocaleContextHolder.getLocale());
    }

    /** {@code questions!5!text} (a workbook) → "questions, row 5, text"; other paths as they are. */
    String place(String path) {
        Locale locale = LocaleContextHolder.getLocale();
        String[] parts = path.split("!");
        if (parts.length >= 2 && parts[1].matches("\\d+")) {
            return messages.getMessage("evaluation.file.place", new Object[] {parts[0], parts[1],
                    parts.length > 2 ? parts[2] : ""}, locale).trim();
        }
        return path;
    }

    /** The id Thymeleaf gives a field: {@code sections[0].questions[1].key} → {@code sections0.questions1.key}. */
    static String id(String field) {
        return field.replace("[", "").replace("]", "");
    }
}
