package org.tandem.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.reporting.DayItem;
import org.tandem.reporting.DayItemKind;

/** The words of a line of the day, from the bundle itself: counts, what is late, the waiting list. */
class DayLineTests {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    DayLineTests() {
        messages.setBasename("i18n/reporting");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aLineSaysHowManyWaitAndHowManyOfThemAreLate() {
        var line = DayLine.from(item(DayItemKind.PROPOSALS_WAITING, 3, 2, null), messages, Locale.ENGLISH);
        assertThat(line.text()).isEqualTo("3 proposals waiting for an answer");
        assertThat(line.detail()).isEqualTo("2 overdue");

        var one = DayLine.from(item(DayItemKind.APPLICATIONS_TO_SCREEN, 1, 0, null), messages,
                Locale.forLanguageTag("nl"));
        assertThat(one.text()).isEqualTo("1 nieuwe aanmelding te beoordelen");
        assertThat(one.detail()).isNull();
        assertThat(DayLine.from(item(DayItemKind.AT_RISK_DUOS, 6, 6, null), messages, Locale.forLanguageTag("nl"))
                .text()).isEqualTo("6 duo’s lopen risico");
    }

    @Test
    void anActivitySaysItsRegistrationsAndWaitingListAndAnAtRiskLineWhatToDo() {
        var activity = DayLine.from(new DayItem(DayItemKind.ACTIVITIES_THIS_WEEK, 1, "P", "Workshop", 12, 0, 3L,
                LocalDateTime.of(2026, 12, 5, 10, 0), "/workshops/1"), messages, Locale.FRENCH);
        assertThat(activity.text()).isEqualTo("Activité cette semaine : 12 inscriptions");
        assertThat(activity.detail()).isEqualTo("3 sur la liste d’attente");

        var atRisk = DayLine.from(item(DayItemKind.AT_RISK_DUOS, 4, 4, null), messages, Locale.ENGLISH);
        assertThat(atRisk.text()).isEqualTo("4 duos at risk");
        assertThat(atRisk.detail()).isEqualTo("Look at the signals and follow them up.");
    }

    private static DayItem item(DayItemKind kind, long count, long urgent, Long secondary) {
        return new DayItem(kind, 1, "Programme", null, count, urgent, secondary, null, "/x");
    }
}
