package org.tandem.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a respondent sees behind their link: the questionnaire, their answers so far (as form values), whether the
 * wave is anonymous and what it is for, the language they were invited in, and until when the link works.
 */
public record SurveyView(QuestionnaireDefinition definition, Map<String, List<String>> answers, boolean draft,
        boolean anonymous, WavePurpose purpose, String language, Instant expiresAt) {
}
