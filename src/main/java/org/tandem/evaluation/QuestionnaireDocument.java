package org.tandem.evaluation;

/**
 * A questionnaire as a file holds it (JSON or XLSX) and as the API takes it: its name, where it comes from and its
 * content. A licensed instrument is loaded this way; Tandem ships none.
 */
public record QuestionnaireDocument(String name, Origin origin, QuestionnaireDefinition definition) {
}
