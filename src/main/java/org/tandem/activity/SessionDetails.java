package org.tandem.activity;

import java.time.LocalDateTime;

/** When, where and by whom a session of a training module is given, and for how many; a change carries its version. */
public record SessionDetails(LocalDateTime startsAt, LocalDateTime endsAt, Long siteId, String onlineLink,
        String place, String trainer, Integer capacity, Long version) {
}
