package org.tandem.research;

import java.time.Instant;
import java.util.List;
import org.tandem.account.UserSummary;

/**
 * A research project as its page shows it: the researchers on it, who may be added (the programme's researchers not
 * on it yet), what the signed-in user may do, and the export log (for those who manage the programme).
 */
public record ResearchProjectView(long id, long programmeId, String programmeName, String name, String description,
        Instant createdAt, List<UserSummary> members, List<UserSummary> candidates, boolean mayManage,
        boolean mayExport, boolean recordsSensitive, boolean keyConfigured, List<ExportLogLine> log) {
}
