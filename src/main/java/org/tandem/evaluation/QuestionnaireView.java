package org.tandem.evaluation;

import java.time.Instant;

/** One questionnaire version; {@code frozen}: a wave used it, a change makes the next version. */
public record QuestionnaireView(long id, long programmeId, String family, int number, String name, Origin origin,
        boolean frozen, QuestionnaireDefinition definition, Instant createdAt, long version) {
}
