package org.tandem.participant;

import java.util.List;

/**
 * A programme's consent register at a glance: per purpose every version of its text, which one is in effect, how many
 * consents each version has in force, withdrawn and renewed, and how many people are to be asked again.
 */
public record ConsentOverview(long programmeId, String programmeName, List<PurposeEntry> purposes) {

    public record PurposeEntry(ConsentPurpose purpose, int currentVersion, long toAskAgain,
            List<VersionEntry> versions) {
    }

    public record VersionEntry(ConsentTextView text, boolean current, long inForce, long withdrawn, long renewed) {
    }
}
