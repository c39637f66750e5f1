package org.tandem.participant;

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
import org.tandem.shared.Text;
import org.tandem.shared.PersonalData;
import org.tandem.shared.PersonalData.Kind;
import org.tandem.shared.PersonalData.Purpose;

/**
 * Country of birth and migration background, kept apart from the profile: recorded only for a programme that
 * needs it and only with consent for that purpose. Its toString says nothing, so it never reaches a log.
 */
@Entity
@Table(name = "sensitive_record")
class SensitiveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sensitive_record_seq")
    @SequenceGenerator(name = "sensitive_record_seq", sequenceName = "sensitive_record_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long personId;
    private long programmeId;
    @PersonalData(value = Kind.SENSITIVE, purpose = {Purpose.REPORTING, Purpose.EVALUATION}, special = true)
    private String countryOfBirth;

    @Enumerated(EnumType.STRING)
    @PersonalData(value = Kind.SENSITIVE, purpose = {Purpose.REPORTING, Purpose.EVALUATION}, special = true)
    private MigrationBackground migrationBackground;

    private Instant recordedAt;

    protected SensitiveRecord() {
    }

    SensitiveRecord(long personId, long programmeId, String countryOfBirth, MigrationBackground background,
            Instant recordedAt) {
        this.personId = personId;
        this.programmeId = programmeId;
        change(countryOfBirth, background, recordedAt);
    }

    void change(String countryOfBirth, MigrationBackground background, Instant recordedAt) {
        String country = Text.orNull(countryOfBirth);
        this.countryOfBirth = country == null ? null : country.toUpperCase(java.util.Locale.ROOT);
        this.migrationBackground = background;
        this.recordedAt = recordedAt;
    }

    String countryOfBirth() {
        return countryOfBirth;
    }

    MigrationBackground migrationBackground() {
        return migrationBackground;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public String toString() {
        return "SensitiveRecord[redacted]";
    }
}
