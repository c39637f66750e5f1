package org.tandem.reporting.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.reporting.FunderReportOrder;

/** The make-a-report form: the period, the language and the coordinator's own section. */
record FunderReportForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String language, String text) {

    static FunderReportForm empty(LocalDate today, String language) {
        var lastMonth = today.withDayOfMonth(1).minusMonths(1);
        return new FunderReportForm(lastMonth.withDayOfMonth(1).minusMonths(11),
                lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()), language, "");
    }

    FunderReportOrder toOrder() {
        return new FunderReportOrder(from, until, language, text);
    }
}
