package org.tandem.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on failed sign-ins (see application.properties, tandem.login.*). */
@ConfigurationProperties("tandem.login")
record LoginThrottleProperties(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {

    LoginThrottleProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || window == null || window.isNegative()
                || window.isZero()) {
            throw new IllegalArgumentException("tandem.login needs positive limits and a positive window");
        }
    }
}
