package org.tandem.activity.intervision;

/**
 * What a coordinator says of a group: its name, its site (none: the group meets online), optionally the cohort its
 * members come from, and its facilitator by name and e-mail address; a change carries the version it read.
 */
public record GroupDetails(String name, Long siteId, Long cohortId, String facilitatorName, String facilitatorEmail,
        Long version) {
}
