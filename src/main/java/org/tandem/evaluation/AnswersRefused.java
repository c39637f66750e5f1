package org.tandem.evaluation;

import java.util.List;
import java.util.Map;
import org.tandem.shared.DomainException;

/**
 * Answers that cannot be saved as they are: per question key, what is wrong (a message code and its arguments).
 * Nothing was saved; the page shows the answers again with the problems at their questions.
 */
public class AnswersRefused extends DomainException {

    public record AnswerProblem(String code, List<Object> args) {
    }

    private final transient Map<String, AnswerProblem> problems;

    public AnswersRefused(Map<String, AnswerProblem> problems) {
        super("evaluation.answer.invalid", problems.size());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, AnswerProblem> problems() {
        return problems;
    }
}
