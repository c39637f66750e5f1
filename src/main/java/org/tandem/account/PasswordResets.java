package org.tandem.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountChanged.Change;
import org.tandem.shared.NotFoundException;

/**
 * Forced password resets (issue 13). An admin forces one: the old password stops working at once, the account's
 * sessions end, and a single-use link (valid tandem.password-reset.valid-days, 3 by default) is mailed through the
 * outbox, like an invitation. The owner opens it and chooses a new password.
 */
@Service
public class PasswordResets {

    private final AccountAdministration administration;
    private final PasswordResetRepository resets;
    private final UserAccountRepository accounts;
    private final AccountSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final String baseUrl;

    PasswordResets(AccountAdministration administration, PasswordResetRepository resets,
            UserAccountRepository accounts, AccountSessions sessions, PasswordEncoder passwordEncoder,
            MessageSource messages, ApplicationEventPublisher events, Clock clock,
            @Value("${tandem.password-reset.valid-days:3}") int validDays,
            @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.administration = administration;
        this.resets = resets;
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.validFor = Duration.ofDays(validDays);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Admins only; the mail goes out in the given language (the admin's: accounts keep none). */
    @Transactional
    public void force(long accountId, Locale language) {
        var admin = administration.requireAdmin();
        var account = administration.account(accountId);
        Instant now = Instant.now(clock);
        account.replacePassword(passwordEncoder.encode(InvitationTokens.newToken()));
        resets.findByAccountIdOrderByCreatedAtDesc(accountId).forEach(r -> r.withdraw(now));
        String token = InvitationTokens.newToken();
        resets.save(new PasswordReset(accountId, InvitationTokens.hash(token), now, validFor));
        sessions.end(account.email());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .format(now.plus(validFor).atZone(ZoneId.of("Europe/Amsterdam")));
        String link = baseUrl + "/password-reset/" + token;
        events.publishEvent(new PasswordResetIssued(account.email(), account.displayName(), language.getLanguage(),
                messages.getMessage("passwordReset.mail.subject", null, language),
                messages.getMessage("passwordReset.mail.body", new Object[] {account.displayName(), link, until},
                        language)));
        events.publishEvent(new AccountChanged(accountId, admin.id(), Change.PASSWORD_RESET_FORCED, null, null));
    }

    /** The address whose password an open link resets: unknown is not found, used or expired is gone. */
    @Transactional(readOnly = true)
    public String open(String token) {
        var reset = find(token);
        reset.requireOpen(Instant.now(clock));
        return administration.account(reset.accountId()).email();
    }

    /** Sets the new password and uses up the link; a deactivated account stays deactivated. */
    @Transactional
    public void complete(String token, String password) {
        var reset = find(token);
        Instant now = Instant.now(clock);
        var account = administration.account(reset.accountId());
        reset.requireOpen(now);
        PasswordPolicy.require(password, account.email());
        reset.use(now);
        account.replacePassword(passwordEncoder.encode(password));
        events.publishEvent(new AccountChanged(account.id(), account.id(), Change.PASSWORD_RESET_COMPLETED, null,
                null));
    }

    private PasswordReset find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("password reset", "?");
        }
        return resets.findByTokenHash(InvitationTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("password reset", "?"));
    }
}
