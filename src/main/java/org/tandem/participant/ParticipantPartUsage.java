package org.tandem.participant;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programme.PartUse;
import org.tandem.programme.ProgrammePartUsage;

/**
 * Enrolments refer to the site their participant is placed at, whatever their status: a site with enrolments
 * stays, so that no enrolment, past ones included, points at a site that is gone.
 */
@Component
@Transactional(readOnly = true)
class ParticipantPartUsage implements ProgrammePartUsage {

    private final EnrolmentRepository enrolments;

    ParticipantPartUsage(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public Optional<PartUse> site(long siteId) {
        long count = enrolments.countBySiteId(siteId);
        return count == 0 ? Optional.empty() : Optional.of(new PartUse("enrolment.site.usedBy", count));
    }

    @Override
    public Optional<PartUse> stage(long stageId) {
        return Optional.empty();
    }
}
