package org.tandem.participant.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits applications per client address and per e-mail address (token buckets; idle buckets expire). Each node
 * counts on its own: behind a load balancer with N nodes the limit is at most N times as loose.
 */
@Component
class ApplicationRateLimit {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofHours(2)).build();
    private final int perHour;

    ApplicationRateLimit(@Value("${tandem.applications.per-hour:5}") int perHour) {
        this.perHour = perHour;
    }

    boolean allow(String clientAddress, String email) {
        boolean byAddress = bucket("ip:" + clientAddress).tryConsume(1);
        boolean byEmail = email == null || email.isBlank()
                || bucket("mail:" + email.trim().toLowerCase(Locale.ROOT)).tryConsume(1);
        return byAddress && byEmail;
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
    }
}
