package org.tandem.participant.web;

import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantFilter;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.Sector;
import org.tandem.shared.Language;

/** The participant list's filter as query parameters, for pages and the API alike. */
record FilterForm(Long programmeId, Long cohortId, ParticipantRole role, EnrolmentStatus status, Long siteId,
        Long employerId, Sector sector, Language language, String q, ParticipantFilter.Sort sort, Integer page,
        Integer size) {

    ParticipantFilter toFilter() {
        return new ParticipantFilter(programmeId, cohortId, role, status, siteId, employerId, sector, language, q,
                sort, page == null ? 0 : page, size == null ? 25 : size);
    }
}
