package org.tandem.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.tandem.programme.Metric;
import org.tandem.shared.DomainException;

/**
 * The value of one metric of one programme in one month. Once the month is closed the value is history: it is
 * never measured again.
 */
@Entity
@Table(name = "metric_month")
class MetricMonth {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metric_month_seq")
    @SequenceGenerator(name = "metric_month_seq", sequenceName = "metric_month_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long programmeId;
    @Column(name = "first_day")
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    @Column(name = "metric_value")
    private Double value;

    private boolean closed;
    private Instant recordedAt;

    protected MetricMonth() {
    }

    static MetricMonth of(long programmeId, YearMonth month, Metric metric, Double value, boolean closed,
            Instant now) {
        var row = new MetricMonth();
        row.programmeId = programmeId;
        row.month = month.atDay(1);
        row.metric = metric;
        row.value = value;
        row.closed = closed;
        row.recordedAt = now;
        return row;
    }

    /** A newer measurement of a month still open; closing it makes it final. */
    void remeasure(Double value, boolean close, Instant now) {
        if (closed) {
            throw new DomainException("report.history.closed");
        }
        this.value = value;
        this.closed = close;
        this.recordedAt = now;
    }

    long programmeId() {
        return programmeId;
    }

    YearMonth month() {
        return YearMonth.from(month);
    }

    Metric metric() {
        return metric;
    }

    Double value() {
        return value;
    }

    boolean closed() {
        return closed;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
