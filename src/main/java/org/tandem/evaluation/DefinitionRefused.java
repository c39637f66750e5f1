package org.tandem.evaluation;

import java.util.List;
import org.tandem.shared.DomainException;

/** A questionnaire (typed, or read from a file) that cannot be stored: every problem at its place. Nothing is written. */
public class DefinitionRefused extends DomainException {

    private final transient List<QuestionnaireDefinition.Problem> problems;

    public DefinitionRefused(List<QuestionnaireDefinition.Problem> problems) {
        super("evaluation.definition.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<QuestionnaireDefinition.Problem> problems() {
        return problems;
    }
}
