package org.tandem.reporting;

import java.time.LocalDate;

/**
 * What a coordinator asks for when making a funder report: the period (both days included), the language
 * (nl, en or fr) and their own section (headings start with "#" or "##", blank lines separate paragraphs).
 */
public record FunderReportOrder(LocalDate from, LocalDate until, String language, String text) {
}
