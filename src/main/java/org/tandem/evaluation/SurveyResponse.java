package org.tandem.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.tandem.shared.DomainException;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * The answers of one respondent to one wave, as a JSON object (question key → number, text, date or list of choice
 * values), under the respondent key and never under the person. Saved as a draft until submitted; then fixed.
 * {@code siteId}/{@code employerId} are the only groups an analysis may break it down by (never below five people).
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long waveId;
    private String respondentKey;
    private Long siteId;
    private Long employerId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.EVALUATION)
    private String answers;
    private Instant startedAt;
    private Instant submittedAt;

    protected SurveyResponse() {
    }

    SurveyResponse(long waveId, String respondentKey, Long siteId, Long employerId, String answers, Instant now) {
        this.waveId = waveId;
        this.respondentKey = respondentKey;
        this.siteId = siteId;
        this.employerId = employerId;
        this.status = Status.DRAFT;
        this.answers = answers;
        this.startedAt = now;
    }

    void save(String answers) {
        if (status == Status.SUBMITTED) {
            throw new DomainException("evaluation.response.submitted");
        }
        this.answers = answers;
    }

    /**
     * Submitted; an anonymous wave's response gets a fresh key that nothing else knows, and keeps only the day of its
     * moments, so that they cannot be matched with the invitation's.
     */
    void submit(Instant now, boolean anonymous) {
        if (status == Status.SUBMITTED) {
            throw new DomainException("evaluation.response.submitted");
        }
        status = Status.SUBMITTED;
        submittedAt = now;
        if (anonymous) {
            respondentKey = UUID.randomUUID().toString();
            submittedAt = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
            startedAt = startedAt.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        }
    }

    Instant startedAt() {
        return startedAt;
    }

    Long id() {
        return id;
    }

    long waveId() {
        return waveId;
    }

    String respondentKey() {
        return respondentKey;
    }

    Long siteId() {
        return siteId;
    }

    Long employerId() {
        return employerId;
    }

    Status status() {
        return status;
    }

    String answers() {
        return answers;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
