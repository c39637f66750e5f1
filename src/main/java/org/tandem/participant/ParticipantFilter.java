package org.tandem.participant;

import org.tandem.shared.Language;
import org.tandem.shared.Text;

/** Filters, sorting and paging of the participant list; null means 'any'. */
public record ParticipantFilter(Long programmeId, Long cohortId, ParticipantRole role, EnrolmentStatus status,
        Long siteId, Long employerId, Sector sector, Language language, String q, Sort sort, int page, int size) {

    public enum Sort { NAME, STATUS, APPLIED, RECENT }

    public static final int MAX_SIZE = 200;

    public ParticipantFilter {
        sort = sort == null ? Sort.NAME : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
        q = Text.orNull(q);
    }

    public static ParticipantFilter all() {
        return new ParticipantFilter(null, null, null, null, null, null, null, null, null, null, 0, 25);
    }
}
