package org.tandem.participant.web;

import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantFilter;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.Sector;
import org.tandem.shared.Language;

/** The participant list's filters as query parameters of an export; every one may be left out. */
record ExportQuery(Long programmeId, Long cohortId, ParticipantRole role, EnrolmentStatus status, Long siteId,
        Long employerId, Sector sector, Language language, String q) {

    ParticipantFilter toFilter() {
        return new ParticipantFilter(programmeId, cohortId, role, status, siteId, employerId, sector, language, q,
                ParticipantFilter.Sort.NAME, 0, ParticipantFilter.MAX_SIZE);
    }
}
