package org.tandem.reporting;

import java.time.YearMonth;
import org.tandem.programme.Metric;

/**
 * A metric's value in a month as it was kept ({@code null}: not measured then). An open point is the current month,
 * measured again until the month is over.
 */
public record MetricPoint(Metric metric, YearMonth month, Double value, boolean closed) {
}
