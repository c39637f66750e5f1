package org.tandem.activity.contact;

import java.time.LocalDateTime;

/**
 * A contact moment planned or moved: with which released mentor, for which step of the plan (none: an extra moment),
 * when (wall-clock time at the employer), where (a place, an online link, either or none). {@code version} is the
 * moment's version as read when it is moved (null: not compared, or a new moment).
 */
public record MomentPlanning(Long mentorEnrolmentId, Integer step, LocalDateTime startsAt, LocalDateTime endsAt,
        String place, String onlineLink, Long version) {
}
