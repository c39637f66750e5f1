package org.tandem.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "programme_target")
class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_target_seq")
    @SequenceGenerator(name = "programme_target_seq", sequenceName = "programme_target_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    @Enumerated(EnumType.STRING)
    private Comparator comparator;

    private int threshold;

    protected Target() {
    }

    Target(Metric metric, Comparator comparator, int threshold) {
        change(metric, comparator, threshold);
    }

    void change(Metric metric, Comparator comparator, int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        this.metric = metric;
        this.comparator = comparator;
        this.threshold = threshold;
    }

    long version() {
        return version;
    }

    Long id() {
        return id;
    }

    Metric metric() {
        return metric;
    }

    Comparator comparator() {
        return comparator;
    }

    int threshold() {
        return threshold;
    }
}
