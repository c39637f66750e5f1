package org.tandem.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Edit forms and API bodies carry the version of what they change as they read it. A different version now means
 * someone else changed it in between: the change is refused like any lost race ("someone changed this, reload" on
 * pages, 409 in the API). Without a version (an API caller that sends none) nothing is compared.
 */
public final class Versions {

    private Versions() {
    }

    public static void require(Long readAt, long current) {
        if (readAt != null && readAt != current) {
            throw new OptimisticLockingFailureException("changed since version " + readAt + ", now " + current);
        }
    }
}
