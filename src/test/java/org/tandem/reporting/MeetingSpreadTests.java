package org.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingSpreadTests {

    @Test
    void theMedianOfAnEvenNumberOfDuosIsTheMeanOfTheMiddleTwo() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        counts.put(1, 2L);
        counts.put(4, 1L);
        counts.put(10, 1L);

        var spread = DashboardService.spread(counts);

        assertThat(spread.duos()).isEqualTo(4);
        assertThat(spread.mean()).isEqualTo(4.0);
        assertThat(spread.median()).isEqualTo(2.5);
    }

    @Test
    void anOddNumberTakesTheMiddleDuoAndNoDuosHaveNoMeanOrMedian() {
        assertThat(DashboardService.spread(Map.of(0, 1L, 3, 1L, 7, 1L)).median()).isEqualTo(3.0);
        var none = DashboardService.spread(Map.of());
        assertThat(none.duos()).isZero();
        assertThat(none.mean()).isNull();
        assertThat(none.median()).isNull();
    }
}
