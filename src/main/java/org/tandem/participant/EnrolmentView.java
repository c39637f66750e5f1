package org.tandem.participant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * An enrolment in full, for the coordinators of its programme. {@code sensitive} is present only when the
 * programme records it and the person consented. The versions of the enrolment and the person go back with a
 * change ({@link ParticipantChange}), so that a change made on stale data is refused.
 */
public record EnrolmentView(EnrolmentSummary summary, PersonData person, Profile profile,
        List<HistoryEntry> history, LocalDateTime intakeAt, String intakeNotes, Set<IntakeCheck> intakeChecks,
        Set<IntakeCheck> requiredChecks, Eligibility eligibility, Set<EnrolmentStatus> nextStatuses,
        List<ConsentView> consents, SensitiveView sensitive, long version, long personVersion) {

    public record HistoryEntry(EnrolmentStatus status, Instant at, String reason) {
    }

    /**
     * A consent as given, for the version {@code textVersion} of its text; {@code currentVersion} is the version in
     * effect now, and {@code askAgain} says a material change came after the version agreed to. A renewed consent
     * ended because a newer one replaced it.
     */
    public record ConsentView(long id, ConsentPurpose purpose, int textVersion, Instant givenAt, Instant withdrawnAt,
            boolean renewed, int currentVersion, boolean askAgain) {

        public boolean active() {
            return withdrawnAt == null;
        }

        public boolean outdated() {
            return active() && textVersion < currentVersion;
        }
    }

    public record SensitiveView(String countryOfBirth, MigrationBackground migrationBackground, Instant recordedAt) {

        @Override
        public String toString() {
            return "SensitiveView[redacted]";
        }
    }

    public boolean hasActiveConsent(ConsentPurpose purpose) {
        return consents.stream().anyMatch(c -> c.purpose() == purpose && c.active());
    }
}
