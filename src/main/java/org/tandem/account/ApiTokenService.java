package org.tandem.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Personal API tokens (issue 13): created by their owner with a name, an expiry and a scope, shown once, listed and
 * revoked by their owner. A request with {@code Authorization: Bearer <token>} is checked by one SHA-256 and one
 * lookup instead of a bcrypt comparison.
 */
@Service
public class ApiTokenService {

    /** The authority a read-only token adds; the API chain refuses it every method but GET, HEAD and OPTIONS. */
    public static final String READ_ONLY_AUTHORITY = "SCOPE_READ_ONLY";

    static final String PREFIX = "tdm_";
    static final int LONGEST_DAYS = 366;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, AccountService accountService,
            Clock clock, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.accountService = accountService;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Transactional
    public IssuedApiToken create(String name, LocalDate expiresOn, ApiTokenScope scope) {
        var user = accountService.requireCurrent();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new FieldException("name", "tokens.name.invalid");
        }
        LocalDate today = LocalDate.now(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(LONGEST_DAYS))) {
            throw new FieldException("expiresOn", "tokens.expiresOn.invalid", LONGEST_DAYS);
        }
        if (scope == null) {
            throw new FieldException("scope", "tokens.scope.invalid");
        }
        String secret = PREFIX + InvitationTokens.newToken();
        var token = tokens.save(new ApiToken(user.id(), name.strip(), InvitationTokens.hash(secret), scope,
                Instant.now(clock), expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        return new IssuedApiToken(token.view(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> mine() {
        var user = accountService.requireCurrent();
        return tokens.findByAccountIdOrderByCreatedAtDesc(user.id()).stream().map(ApiToken::view).toList();
    }

    /** Someone else's token does not exist for the caller. */
    @Transactional
    public void revoke(long tokenId) {
        var user = accountService.requireCurrent();
        var token = tokens.findById(tokenId).filter(t -> t.accountId() == user.id())
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke(Instant.now(clock));
    }

    /**
     * The authentication for a presented secret, or empty when it is unknown, expired or revoked, or its owner is
     * disabled: the caller answers all of these alike.
     */
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return transaction.execute(status -> tokens.findByTokenHash(InvitationTokens.hash(secret))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> accounts.findById(token.accountId()).filter(UserAccount::enabled)
                        .map(account -> {
                            markUsed(token.id(), now);
                            return authentication(new AccountPrincipal(account), token.scope());
                        })));
    }

    /** At most one write a minute per token, so that a busy script does not write on every call. */
    private void markUsed(long tokenId, Instant now) {
        Instant last = lastWritten.get(tokenId);
        if (last == null || !now.isBefore(last.plus(LAST_USED_PRECISION))) {
            lastWritten.put(tokenId, now);
            tokens.markUsed(tokenId, now);
        }
    }

    private static Authentication authentication(AccountPrincipal principal, ApiTokenScope scope) {
        var authorities = new java.util.ArrayList<GrantedAuthority>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
        if (scope == ApiTokenScope.READ_ONLY) {
            authorities.add(new SimpleGrantedAuthority(READ_ONLY_AUTHORITY));
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
