package org.tandem.evaluation;

/** What a question asks for. Likert items carry one labelled choice per point, values 1..points. */
public enum QuestionType {
    LIKERT_5(5), LIKERT_7(7), SINGLE_CHOICE(0), MULTIPLE_CHOICE(0), NUMBER(0), DATE(0), OPEN_TEXT(0),
    /** "How likely are you to recommend ...": 0 to 10. */
    RECOMMENDATION(0);

    private final int points;

    QuestionType(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public boolean likert() {
        return points > 0;
    }

    public boolean choices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
