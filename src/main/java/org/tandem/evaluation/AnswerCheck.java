package org.tandem.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.evaluation.AnswersRefused.AnswerProblem;
import org.tandem.evaluation.QuestionnaireDefinition.Choice;
import org.tandem.evaluation.QuestionnaireDefinition.Question;

/**
 * Reads what a respondent typed (question key → the values of its field) into answers as they are stored: Likert
 * points and numbers as numbers, dates as ISO text, choices as their values (a list for multiple choice). Each
 * question's problem is kept at its key; a draft may leave required questions open, a submission may not.
 */
final class AnswerCheck {

    static final int MAX_TEXT = 4000;

    private AnswerCheck() {
    }

    static Map<String, Object> read(QuestionnaireDefinition definition, Map<String, List<String>> raw,
            boolean submit) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, AnswerProblem> problems = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            List<String> values = raw.getOrDefault(q.key(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
            if (values.isEmpty()) {
                if (submit && q.required()) {
                    problems.put(q.key(), problem("evaluation.answer.required"));
                }
                continue;
            }
            try {
                answers.put(q.key(), value(q, values));
            } catch (Refusal r) {
                problems.put(q.key(), r.problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswersRefused(problems);
        }
        return answers;
    }

    private static Object value(Question q, List<String> values) {
        String first = values.get(0);
        return switch (q.type()) {
            case LIKERT_5, LIKERT_7 -> {
                int points = q.type().points();
                Integer v = integer(first);
                if (v == null || v < 1 || v > points) {
                    throw new Refusal(problem("evaluation.answer.choice"));
                }
                yield v;
            }
            case RECOMMENDATION -> {
                Integer v = integer(first);
                if (v == null || v < 0 || v > 10) {
                    throw new Refusal(problem("evaluation.answer.range", 0, 10));
                }
                yield v;
            }
            case SINGLE_CHOICE -> {
                if (!valid(q, first)) {
                    throw new Refusal(problem("evaluation.answer.choice"));
                }
                yield first;
            }
            case MULTIPLE_CHOICE -> {
                var chosen = new ArrayList<String>();
                for (String v : values) {
                    if (!valid(q, v)) {
                        throw new Refusal(problem("evaluation.answer.choice"));
                    }
                    if (!chosen.contains(v)) {
                        chosen.add(v);
                    }
                }
                yield chosen;
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(first.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new Refusal(problem("evaluation.answer.number"));
                }
                if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0
                        || q.min() != null && number.compareTo(BigDecimal.valueOf(q.min())) < 0
                        || q.max() != null && number.compareTo(BigDecimal.valueOf(q.max())) > 0) {
                    throw new Refusal(q.min() != null && q.max() != null
                            ? problem("evaluation.answer.range", q.min(), q.max())
                            : q.min() != null ? problem("evaluation.answer.min", q.min())
                                    : q.max() != null ? problem("evaluation.answer.max", q.max())
                                            : problem("evaluation.answer.number"));
                }
                number = number.stripTrailingZeros();
                yield number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
            }
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(first);
                    if (date.getYear() < 1900 || date.getYear() > 2200) {
                        throw new Refusal(problem("evaluation.answer.date"));
                    }
                    yield date.toString();
                } catch (DateTimeParseException e) {
                    throw new Refusal(problem("evaluation.answer.date"));
                }
            }
            case OPEN_TEXT -> {
                if (first.length() > MAX_TEXT) {
                    throw new Refusal(problem("evaluation.answer.long", MAX_TEXT));
                }
                yield first;
            }
        };
    }

    /** The stored answers as the form's values again, for a draft that is resumed. */
    static Map<String, List<String>> asForm(Map<String, Object> answers) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        answers.forEach((key, value) -> form.put(key, value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of(value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue())
                        : String.valueOf(value))));
        return form;
    }

    private static boolean valid(Question q, String value) {
        return q.choices().stream().map(Choice::value).anyMatch(value::equals);
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static AnswerProblem problem(String code, Object... args) {
        return new AnswerProblem(code, List.of(args));
    }

    private static final class Refusal extends RuntimeException {
        private final transient AnswerProblem problem;

        Refusal(AnswerProblem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
