package org.tandem.reporting.web;

import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tandem.reporting.DayItem;
import org.tandem.reporting.DayItemKind;

/** A line of the coordinator's day as the page and the API show it: the item with its text in the user's language. */
record DayLine(DayItemKind kind, String text, String detail, long programmeId, String programmeName, String subject,
        long count, long urgent, Long secondary, LocalDateTime when, String link) {

    static DayLine from(DayItem item, MessageSource messages, Locale locale) {
        Object[] args = {item.count(), item.urgent(), item.secondary() == null ? 0 : item.secondary()};
        String text = messages.getMessage("reporting.kind." + item.kind(), args, locale);
        String detail = messages.getMessage("reporting.detail." + item.kind(), args, "", locale);
        // every at-risk duo is urgent by definition: its line says what to do instead of how many are late
        if (item.urgent() > 0 && item.kind() != DayItemKind.AT_RISK_DUOS) {
            String late = messages.getMessage("reporting.urgent", args, locale);
            detail = detail.isEmpty() ? late : detail + " · " + late;
        }
        return new DayLine(item.kind(), text, detail.isEmpty() ? null : detail, item.programmeId(),
                item.programmeName(), item.subject(), item.count(), item.urgent(), item.secondary(), item.when(),
                item.link());
    }
}
