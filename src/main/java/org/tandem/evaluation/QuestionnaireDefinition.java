package org.tandem.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content of one questionnaire version: sections of questions and the scales formed by Likert items. It is the
 * document that is imported, exported and stored; {@link #problems()} says everything that is wrong with it, each at
 * its place (e.g. {@code sections[1].questions[0].text}).
 */
public record QuestionnaireDefinition(Texts title, Texts introduction, List<Section> sections, List<Scale> scales) {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public QuestionnaireDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
        scales = scales == null ? List.of() : List.copyOf(scales);
    }

    public record Section(String key, Texts title, List<Question> questions) {
        public Section {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /** {@code min}/{@code max} bound a NUMBER answer; {@code choices} label a Likert item's points or the options. */
    public record Question(String key, QuestionType type, Texts text, List<Choice> choices, boolean required,
            Integer min, Integer max) {
        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    public record Choice(String value, Texts label) {
    }

    /**
     * A scale: the mean of its answered items (reverse-coded ones as points + 1 − answer), or no score when fewer than
     * {@code minAnswered} items were answered.
     */
    public record Scale(String key, Texts name, List<String> items, List<String> reversed, int minAnswered) {
        public Scale {
            items = items == null ? List.of() : List.copyOf(items);
            reversed = reversed == null ? List.of() : List.copyOf(reversed);
        }
    }

    /** A place in the document and what is wrong there: a message code of the evaluation bundle and its arguments. */
    public record Problem(String path, String code, List<Object> args) {
        Problem(String path, String code, Object... args) {
            this(path, code, List.of(args));
        }
    }

    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        texts(problems, "title", title);
        if (sections.isEmpty() || questions().isEmpty()) {
            problems.add(new Problem("sections", "evaluation.definition.empty"));
        }
        Set<String> keys = new HashSet<>();
        Map<String, Question> byKey = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String at = "sections[" + s + "]";
            key(problems, at + ".key", section.key(), keys);
            texts(problems, at + ".title", section.title());
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String qAt = at + ".questions[" + q + "]";
                key(problems, qAt + ".key", question.key(), keys);
                byKey.putIfAbsent(question.key(), question);
                question(problems, qAt, question);
            }
        }
        Set<String> scaleKeys = new HashSet<>();
        for (int i = 0; i < scales.size(); i++) {
            scale(problems, "scales[" + i + "]", scales.get(i), byKey, scaleKeys);
        }
        return problems;
    }

    private static void question(List<Problem> problems, String at, Question question) {
        if (question.type() == null) {
            problems.add(new Problem(at + ".type", "evaluation.definition.type"));
            return;
        }
        texts(problems, at + ".text", question.text());
        QuestionType type = question.type();
        if (type.likert()) {
            if (question.choices().size() != type.points()) {
                problems.add(new Problem(at + ".choices", "evaluation.definition.likertLabels", type.points()));
            }
            for (int c = 0; c < question.choices().size(); c++) {
                if (!String.valueOf(c + 1).equals(question.choices().get(c).value())) {
                    problems.add(new Problem(at + ".choices[" + c + "].value", "evaluation.definition.likertValue",
                            c + 1));
                }
            }
        } else if (type.choices() && question.choices().size() < 2) {
            problems.add(new Problem(at + ".choices", "evaluation.definition.twoChoices"));
        } else if (!type.choices() && !question.choices().isEmpty()) {
            problems.add(new Problem(at + ".choices", "evaluation.definition.noChoices"));
        }
        Set<String> values = new HashSet<>();
        for (int c = 0; c < question.choices().size(); c++) {
            Choice choice = question.choices().get(c);
            String cAt = at + ".choices[" + c + "]";
            if (choice.value() == null || choice.value().isBlank() || !values.add(choice.value())) {
                problems.add(new Problem(cAt + ".value", "evaluation.definition.choiceValue"));
            }
            texts(problems, cAt + ".label", choice.label());
        }
        if (question.min() != null && question.max() != null && question.min() > question.max()) {
            problems.add(new Problem(at + ".max", "evaluation.definition.minMax"));
        }
    }

    private static void scale(List<Problem> problems, String at, Scale scale, Map<String, Question> byKey,
            Set<String> scaleKeys) {
        key(problems, at + ".key", scale.key(), scaleKeys);
        texts(problems, at + ".name", scale.name());
        if (scale.items().size() < 2) {
            problems.add(new Problem(at + ".items", "evaluation.definition.scaleItems"));
        }
        Integer points = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scale.items().size(); i++) {
            String item = scale.items().get(i);
            Question question = byKey.get(item);
            String iAt = at + ".items[" + i + "]";
            if (question == null || question.type() == null || !question.type().likert()) {
                problems.add(new Problem(iAt, "evaluation.definition.scaleItemLikert", item));
            } else if (points != null && points != question.type().points()) {
                problems.add(new Problem(iAt, "evaluation.definition.scalePoints", item));
            } else {
                points = question.type().points();
            }
            if (!seen.add(String.valueOf(item))) {
                problems.add(new Problem(iAt, "evaluation.definition.scaleItemTwice", item));
            }
        }
        for (int i = 0; i < scale.reversed().size(); i++) {
            if (!scale.items().contains(scale.reversed().get(i))) {
                problems.add(new Problem(at + ".reversed[" + i + "]", "evaluation.definition.reversedNotItem",
                        scale.reversed().get(i)));
            }
        }
        if (scale.minAnswered() < 1 || scale.minAnswered() > scale.items().size()) {
            problems.add(new Problem(at + ".minAnswered", "evaluation.definition.minAnswered",
                    scale.items().size()));
        }
    }

    private static void key(List<Problem> problems, String at, String key, Set<String> keys) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new Problem(at, "evaluation.definition.key"));
        } else if (!keys.add(key)) {
            problems.add(new Problem(at, "evaluation.definition.keyTwice", key));
        }
    }

    private static void texts(List<Problem> problems, String at, Texts texts) {
        if (texts == null) {
            problems.add(new Problem(at, "evaluation.definition.text", "nl, en, fr"));
            return;
        }
        var missing = texts.missing();
        if (!missing.isEmpty()) {
            problems.add(new Problem(at, "evaluation.definition.text", String.join(", ", missing)));
        }
    }

    /** The score of a scale for one response, or null when too few of its items were answered. */
    public Double score(Scale scale, Map<String, ?> answers) {
        double sum = 0;
        int answered = 0;
        for (String item : scale.items()) {
            Object value = answers.get(item);
            if (value instanceof Number number) {
                int points = question(item).map(q -> q.type().points()).orElse(0);
                double v = number.doubleValue();
                sum += scale.reversed().contains(item) ? points + 1 - v : v;
                answered++;
            }
        }
        return answered < scale.minAnswered() || answered == 0 ? null : sum / answered;
    }
}
