package org.tandem.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * One download of a person's data: who, whose, when and how. Written once and never changed (there is no setter and
 * the repository can only add), so that admins can answer who saw what.
 */
@Entity
@Table(name = "privacy_download")
class DataDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_download_seq")
    @SequenceGenerator(name = "privacy_download_seq", sequenceName = "privacy_download_seq", allocationSize = 50)
    private Long id;

    private long requestedByAccountId;
    @PersonalData(value = Kind.CONTACT, purpose = Purpose.SECURITY)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    private Requester.Scope scope;
    @Enumerated(EnumType.STRING)
    private Requester.Format format;

    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private Long subjectAccountId;
    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private Long subjectEnrolmentId;
    @PersonalData(value = Kind.PARTICIPATION, purpose = Purpose.SECURITY)
    private String subjectPersonIds;
    private int recordCount;
    private Instant downloadedAt;

    protected DataDownload() {
    }

    DataDownload(Requester requester, DataSubject subject, Long enrolmentId, int recordCount, Instant at) {
        this.requestedByAccountId = requester.accountId();
        this.requestedBy = requester.email();
        this.scope = requester.scope();
        this.format = requester.format();
        this.subjectAccountId = subject.accountId();
        this.subjectEnrolmentId = enrolmentId;
        this.subjectPersonIds = subject.personIds().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        this.recordCount = recordCount;
        this.downloadedAt = at;
    }

    Long id() {
        return id;
    }

    long requestedByAccountId() {
        return requestedByAccountId;
    }

    String requestedBy() {
        return requestedBy;
    }

    Requester.Scope scope() {
        return scope;
    }

    Requester.Format format() {
        return format;
    }

    Long subjectAccountId() {
        return subjectAccountId;
    }

    Long subjectEnrolmentId() {
        return subjectEnrolmentId;
    }

    Set<Long> subjectPersonIds() {
        return subjectPersonIds == null || subjectPersonIds.isBlank() ? Set.of()
                : Arrays.stream(subjectPersonIds.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    int recordCount() {
        return recordCount;
    }

    Instant downloadedAt() {
        return downloadedAt;
    }
}
