package org.tandem.activity.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.participant.MyParticipation;

/**
 * Personal calendar feeds: a 256-bit random token in the URL, of which only the SHA-256 is stored; the feed holds the
 * owner's entries from three months back to twelve ahead. An unknown or revoked token finds nothing, by the same one
 * indexed look-up.
 */
@Service
public class FeedService {

    static final int MONTHS_BACK = 3;
    static final int MONTHS_AHEAD = 12;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the feed stands for its owner; the URL only right after it was issued (the token is kept nowhere). */
    public record FeedStatus(boolean active, Instant createdAt, Instant revokedAt) {
    }

    /** A feed as the calendar app asks for it. */
    public record Feed(String ics, Instant generatedAt) {

        /** Changes with the content, for If-None-Match. */
        public String etag() {
            return hash(ics).substring(0, 32);
        }
    }

    private final CalendarFeedRepository feeds;
    private final Calendars calendars;
    private final CalendarMails mails;
    private final AccountService accounts;
    private final MyParticipation participation;
    private final Clock clock;
    private final String baseUrl;

    FeedService(CalendarFeedRepository feeds, Calendars calendars, CalendarMails mails, AccountService accounts,
            MyParticipation participation, Clock clock, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.feeds = feeds;
        this.calendars = calendars;
        this.mails = mails;
        this.accounts = accounts;
        this.participation = participation;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(readOnly = true)
    public FeedStatus status() {
        long me = accounts.requireCurrent().id();
        return feeds.findById(me).map(f -> new FeedStatus(f.active(), f.createdAt(), f.revokedAt()))
                .orElse(new FeedStatus(false, null, null));
    }

    /** Issues the signed-in user's feed, or renews it (the former URL stops working); returns its URL, once. */
    @Transactional
    public String issue() {
        long me = accounts.requireCurrent().id();
        var feed = feeds.findById(me).orElseGet(() -> new CalendarFeed(me));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feed.issue(hash(token), Instant.now(clock));
        feeds.saveAndFlush(feed);
        return url(token);
    }

    @Transactional
    public void revoke() {
        long me = accounts.requireCurrent().id();
        feeds.findById(me).ifPresent(feed -> feed.revoke(Instant.now(clock)));
    }

    String url(String token) {
        return baseUrl + "/calendar/" + token + ".ics";
    }

    /** The feed behind a token, as its owner would see their calendar; empty for an unknown or revoked token. */
    @Transactional(readOnly = true)
    public Optional<Feed> render(String token) {
        String hash = hash(token == null ? "" : token);
        var feed = feeds.findByTokenHash(hash).filter(f -> token != null && TOKEN.matcher(token).matches());
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        var owner = accounts.findById(feed.get().accountId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        // DTSTAMP and the ETag stay the same within an hour, so that a client polling often gets 304s
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.HOURS);
        String email = owner.get().email();
        return Optional.of(accounts.callAs(email, () -> {
            var calendarOwner = new CalendarOwner(owner.get().id(), email, participation.enrolmentIds());
            LocalDate today = calendars.today();
            var entries = calendars.forOwner(calendarOwner, today.minusMonths(MONTHS_BACK),
                    today.plusMonths(MONTHS_AHEAD));
            return new Feed(mails.feedWriter().feed("Tandem", entries, now), now);
        }));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
