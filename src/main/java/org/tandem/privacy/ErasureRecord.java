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
import java.util.Collection;
import java.util.stream.Collectors;
import org.tandem.shared.NotPersonal;

/**
 * That an erasure happened (accountability, GDPR Art. 5(2)): when, on what ground, by which account, why, and the ids
 * of the rows it covered. Written once; it keeps nothing that identifies the erased person.
 */
@Entity
@Table(name = "privacy_erasure")
class ErasureRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_erasure_seq")
    @SequenceGenerator(name = "privacy_erasure_seq", sequenceName = "privacy_erasure_seq", allocationSize = 50)
    private Long id;

    private Instant erasedAt;
    @Enumerated(EnumType.STRING)
    private Eraser.Basis basis;
    private Long erasedByAccountId;
    @NotPersonal("why the person asked, or 'retention'; the form asks not to name the person")
    private String reason;
    @NotPersonal("row ids of an erased person: after the erasure those rows identify nobody")
    private Long subjectAccountId;
    @NotPersonal("row ids of an erased person: after the erasure those rows identify nobody")
    private String subjectPersonIds;
    @NotPersonal("row ids of an erased person: after the erasure those rows identify nobody")
    private String subjectEnrolmentIds;
    private int recordCount;

    protected ErasureRecord() {
    }

    ErasureRecord(DataSubject subject, Eraser by, String reason, int recordCount, Instant at) {
        this.erasedAt = at;
        this.basis = by.basis();
        this.erasedByAccountId = by.accountId();
        this.reason = reason;
        this.subjectAccountId = subject.accountId();
        this.subjectPersonIds = ids(subject.personIds());
        this.subjectEnrolmentIds = ids(subject.enrolmentIds());
        this.recordCount = recordCount;
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    Long id() {
        return id;
    }

    Instant erasedAt() {
        return erasedAt;
    }

    Eraser.Basis basis() {
        return basis;
    }

    Long erasedByAccountId() {
        return erasedByAccountId;
    }

    String reason() {
        return reason;
    }

    Long subjectAccountId() {
        return subjectAccountId;
    }

    String subjectPersonIds() {
        return subjectPersonIds;
    }

    int recordCount() {
        return recordCount;
    }
}
