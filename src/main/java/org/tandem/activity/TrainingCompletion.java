package org.tandem.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-learning module a coordinator marked completed for a mentor. */
@Entity
@Table(name = "training_completion")
class TrainingCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_completion_seq")
    @SequenceGenerator(name = "training_completion_seq", sequenceName = "training_completion_seq", allocationSize = 50)
    private Long id;

    private long moduleId;
    private long enrolmentId;
    private Instant completedAt;
    private String completedBy;

    protected TrainingCompletion() {
    }

    TrainingCompletion(long moduleId, long enrolmentId, Instant completedAt, String completedBy) {
        this.moduleId = moduleId;
        this.enrolmentId = enrolmentId;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
    }

    long moduleId() {
        return moduleId;
    }

    long enrolmentId() {
        return enrolmentId;
    }
}
