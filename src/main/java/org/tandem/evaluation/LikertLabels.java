package org.tandem.evaluation;

import java.util.ArrayList;
import java.util.List;

/** The usual agreement labels of a Likert item in three languages, so that a new item needs no typing. */
public final class LikertLabels {

    private static final String[][] FIVE = {
            {"Helemaal oneens", "Strongly disagree", "Pas du tout d'accord"},
            {"Oneens", "Disagree", "Pas d'accord"},
            {"Neutraal", "Neutral", "Neutre"},
            {"Eens", "Agree", "D'accord"},
            {"Helemaal eens", "Strongly agree", "Tout à fait d'accord"}};

    private static final String[][] SEVEN = {
            {"Helemaal oneens", "Strongly disagree", "Pas du tout d'accord"},
            {"Oneens", "Disagree", "Pas d'accord"},
            {"Enigszins oneens", "Somewhat disagree", "Plutôt pas d'accord"},
            {"Neutraal", "Neutral", "Neutre"},
            {"Enigszins eens", "Somewhat agree", "Plutôt d'accord"},
            {"Eens", "Agree", "D'accord"},
            {"Helemaal eens", "Strongly agree", "Tout à fait d'accord"}};

    private LikertLabels() {
    }

    public static List<QuestionnaireDefinition.Choice> agreement(int points) {
        var labels = points == 7 ? SEVEN : FIVE;
        var choices = new ArrayList<QuestionnaireDefinition.Choice>();
        for (int i = 0; i < labels.length; i++) {
            choices.add(new QuestionnaireDefinition.Choice(String.valueOf(i + 1),
                    new Texts(labels[i][0], labels[i][1], labels[i][2])));
        }
        return choices;
    }
}
