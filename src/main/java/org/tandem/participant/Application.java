package org.tandem.participant;

import java.util.Set;

/** An application through a public form. */
public record Application(long programmeId, long cohortId, ParticipantRole role, Long siteId, PersonData person,
        Profile profile, Set<ConsentPurpose> consents, String countryOfBirth,
        MigrationBackground migrationBackground) {

    public Application {
        consents = Set.copyOf(consents);
    }

    public boolean carriesSensitiveData() {
        return (countryOfBirth != null && !countryOfBirth.isBlank()) || migrationBackground != null;
    }

    @Override
    public String toString() {
        return "Application[programme=" + programmeId + ", cohort=" + cohortId + ", role=" + role + "]";
    }
}
