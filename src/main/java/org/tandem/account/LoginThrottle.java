package org.tandem.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts failed sign-ins per account and per client address over a sliding window. A key with as many failures as
 * its limit within the window is refused until the oldest of them leaves the window. In memory, per node: behind a
 * load balancer with N nodes, up to N times as many tries get through (a shared store can replace this later).
 * Unknown accounts are counted like known ones, so the answers never tell whether an account exists.
 */
class LoginThrottle {

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures;

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(limits.window()).build();
    }

    /** Whether this account or this address has used up its failures. */
    boolean refused(String account, String address) {
        Instant now = clock.instant();
        return count(accountKey(account), now) >= limits.maxFailuresPerAccount()
                || count(addressKey(address), now) >= limits.maxFailuresPerAddress();
    }

    /**
     * Counts a failure.
     *
     * @return whether this failure locked the account (it reached its limit just now)
     */
    boolean failed(String account, String address) {
        Instant now = clock.instant();
        add(addressKey(address), now);
        return add(accountKey(account), now) == limits.maxFailuresPerAccount();
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not reset it). */
    void succeeded(String account) {
        failures.invalidate(accountKey(account));
    }

    Duration window() {
        return limits.window();
    }

    private int count(String key, Instant now) {
        var times = failures.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    private int add(String key, Instant now) {
        var times = failures.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant from = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String account) {
        return "account:" + UserAccount.normalise(account == null ? "" : account);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
