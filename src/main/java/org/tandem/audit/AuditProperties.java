package org.tandem.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long the audit log keeps an entry (tandem.audit.retention, an ISO period such as P2Y). */
@ConfigurationProperties("tandem.audit")
record AuditProperties(Period retention) {

    AuditProperties {
        if (retention == null) {
            retention = Period.ofYears(2);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("tandem.audit.retention must be a positive period");
        }
    }
}
