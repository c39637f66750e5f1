package org.tandem.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a mentor completed the path, and when: written once (so that it is announced once) and kept, also when an
 * attendance is later corrected, as history for the metrics.
 */
@Entity
@Table(name = "training_result")
class TrainingResult {

    @Id
    private Long enrolmentId;

    private long programmeId;
    private Instant trainedAt;

    protected TrainingResult() {
    }

    TrainingResult(long enrolmentId, long programmeId, Instant trainedAt) {
        this.enrolmentId = enrolmentId;
        this.programmeId = programmeId;
        this.trainedAt = trainedAt;
    }

    long enrolmentId() {
        return enrolmentId;
    }

    Instant trainedAt() {
        return trainedAt;
    }
}
