package org.tandem.evaluation;

import java.util.List;

/**
 * The response monitor of one wave for its coordinators: the rate overall and per site, and who has not answered yet
 * (names, for coordinators only: researchers never reach it).
 */
public record MonitorView(WaveView wave, List<SiteRate> sites, List<Pending> pending) {

    public record SiteRate(Long siteId, String site, long invited, long answered) {
        public int rate() {
            return invited == 0 ? 0 : (int) Math.round(100.0 * answered / invited);
        }
    }

    /** Somebody invited who has not submitted: reminders sent so far, and until when the link works. */
    public record Pending(String name, String site, int reminders, java.time.Instant expiresAt, boolean started) {
    }
}
