package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayItemTests {

    @Test
    void overdueWorkComesFirstThenTheKindsInTheirOrderThenTheSoonestActivity() {
        var applications = item(DayItemKind.APPLICATIONS_TO_SCREEN, 9, 0, null);
        var proposals = item(DayItemKind.PROPOSALS_WAITING, 2, 0, null);
        var lateFollowUps = item(DayItemKind.FOLLOW_UPS_DUE, 1, 1, null);
        var tomorrow = item(DayItemKind.ACTIVITIES_THIS_WEEK, 3, 0, LocalDateTime.of(2026, 12, 5, 10, 0));
        var today = item(DayItemKind.ACTIVITIES_THIS_WEEK, 8, 0, LocalDateTime.of(2026, 12, 4, 19, 0));
        var items = new ArrayList<>(List.of(tomorrow, applications, today, proposals, lateFollowUps));

        items.sort(DayItem.URGENCY);

        assertThat(items).containsExactly(lateFollowUps, proposals, applications, today, tomorrow);
    }

    private static DayItem item(DayItemKind kind, long count, long urgent, LocalDateTime when) {
        return new DayItem(kind, 1, "Programme", null, count, urgent, null, when, "/x");
    }
}
