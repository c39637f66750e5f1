package org.tandem.account;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Second factors after the password (issue 13): an authenticator app (TOTP) with ten one-time recovery codes, and
 * passkeys (registered through Spring Security's WebAuthn endpoints). Required for the roles in
 * tandem.mfa.required-roles, optional for the others; whoever has one uses it at every sign-in. The second step is
 * throttled like the password (tandem.login.*).
 */
@Service
public class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final TotpFactorRepository totps;
    private final RecoveryCodeRepository recoveryCodes;
    private final Passkeys passkeys;
    private final SecretCipher cipher;
    private final MfaProperties properties;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorService(UserAccountRepository accounts, TotpFactorRepository totps,
            RecoveryCodeRepository recoveryCodes, Passkeys passkeys, SecretCipher cipher, MfaProperties properties,
            LoginThrottleProperties limits, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.totps = totps;
        this.recoveryCodes = recoveryCodes;
        this.passkeys = passkeys;
        this.cipher = cipher;
        this.properties = properties;
        this.throttle = new LoginThrottle(limits, clock);
        this.events = events;
        this.clock = clock;
    }

    /** What the password check tells the sign-in about the second step. */
    SecondFactorState stateOf(UserAccount account) {
        if (totps.existsByAccountId(account.id()) || passkeys.any(account.email())) {
            return SecondFactorState.ENROLLED;
        }
        return properties.required(account.roles()) ? SecondFactorState.SETUP_REQUIRED : SecondFactorState.NONE;
    }

    @Transactional(readOnly = true)
    public SecurityOverview mine() {
        return overview(current());
    }

    @Transactional(readOnly = true)
    public SecurityOverview of(long accountId) {
        return overview(account(accountId));
    }

    /**
     * An authenticator app to set up: a new secret, or again the one being set up ({@code sealed}, after a wrong
     * code). Nothing is stored until a code from it is confirmed.
     */
    public TotpSetup totpSetup(String sealed) {
        var account = current();
        String secret;
        if (sealed == null) {
            byte[] key = new byte[20];
            RANDOM.nextBytes(key);
            secret = Base32.encode(key);
        } else {
            secret = cipher.decrypt(sealed);
        }
        String label = encode(properties.issuer()) + ":" + encode(account.email());
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(properties.issuer())
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new TotpSetup(secret, uri, QrCodes.svg(uri), cipher.encrypt(secret));
    }

    /**
     * Stores the authenticator app once a code from it is right (replacing an earlier one), and issues new recovery
     * codes.
     *
     * @return the recovery codes, to be shown this once
     */
    @Transactional
    public List<String> confirmTotp(String sealed, String code) {
        var account = current();
        if (sealed == null) {
            throw new FieldException("code", "security.totp.expired");
        }
        String secret = cipher.decrypt(sealed);
        Instant now = Instant.now(clock);
        var step = Totp.match(Base32.decode(secret), code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new FieldException("code", "security.code.invalid");
        }
        totps.findByAccountId(account.id()).ifPresent(old -> {
            totps.delete(old);
            totps.flush();
        });
        totps.save(new TotpFactor(account.id(), cipher.encrypt(secret), step.getAsLong(), now));
        events.publishEvent(new SecondFactorEnrolled(account.id(), SecondFactorKind.TOTP, now));
        return issueRecoveryCodes(account.id(), now);
    }

    /** New recovery codes for a person with a factor; the earlier ones stop working. */
    @Transactional
    public List<String> regenerateRecoveryCodes() {
        var account = current();
        if (!hasFactor(account)) {
            throw new DomainException("security.recovery.noFactor");
        }
        return issueRecoveryCodes(account.id(), Instant.now(clock));
    }

    @Transactional
    public void removeTotp() {
        var account = current();
        var totp = totps.findByAccountId(account.id()).orElseThrow(() -> new NotFoundException("totp", account.id()));
        if (properties.required(account.roles()) && !passkeys.any(account.email())) {
            throw new DomainException("security.totp.stillRequired");
        }
        totps.delete(totp);
        if (!passkeys.any(account.email())) {
            recoveryCodes.deleteByAccount(account.id());
        }
        events.publishEvent(new SecondFactorRemoved(account.id(), SecondFactorKind.TOTP, Instant.now(clock)));
    }

    @Transactional
    public void removePasskey(String credentialId) {
        var account = current();
        boolean last = !totps.existsByAccountId(account.id()) && passkeys.of(account.email()).size() == 1;
        if (last && properties.required(account.roles())) {
            throw new DomainException("security.passkey.stillRequired");
        }
        if (!passkeys.remove(account.email(), credentialId)) {
            throw new NotFoundException("passkey", credentialId);
        }
        if (last) {
            recoveryCodes.deleteByAccount(account.id());
        }
        events.publishEvent(new SecondFactorRemoved(account.id(), SecondFactorKind.PASSKEY, Instant.now(clock)));
    }

    /**
     * The second step of a sign-in: a code from the authenticator app or a recovery code, for the person who gave
     * their password. Throttled like the password, per account and per client address.
     *
     * @return the sign-in with the factor added, to replace the one in the session
     * @throws LoginThrottledException after too many wrong codes
     * @throws BadCredentialsException for a wrong, used or expired code
     */
    @Transactional
    public Authentication secondStep(String code, String address) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new IllegalStateException("no sign-in waiting for its second step");
        }
        var account = account(principal.id());
        if (throttle.refused(account.email(), address)) {
            throw new LoginThrottledException();
        }
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        Instant now = Instant.now(clock);
        String factor = typed.matches("\\d{" + Totp.DIGITS + "}") ? totpStep(account, typed, now)
                : recoveryStep(account, typed, now);
        if (factor == null) {
            throw throttle.failed(account.email(), address) ? new LoginThrottledException()
                    : new BadCredentialsException("wrong second factor");
        }
        throttle.succeeded(account.email());
        return withFactor(authentication, account, factor);
    }

    /** The sign-in of someone who has just set up a factor (they proved it with a code): complete now. */
    public Authentication afterSetup(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return authentication;
        }
        return withFactor(authentication, account(principal.id()), SecondFactorAuthorities.TOTP);
    }

    /** An admin removes all of a person's factors and recovery codes (a lost phone), saying why. */
    @Transactional
    public void reset(long accountId, String reason) {
        var admin = current();
        if (!admin.roles().contains(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("admins only");
        }
        var account = account(accountId);
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new FieldException("reason", "security.reset.reason.invalid");
        }
        totps.findByAccountId(accountId).ifPresent(totps::delete);
        recoveryCodes.deleteByAccount(accountId);
        passkeys.removeAll(account.email());
        events.publishEvent(new SecondFactorReset(accountId, admin.id(), reason.strip(), Instant.now(clock)));
    }

    private String totpStep(UserAccount account, String typed, Instant now) {
        var totp = totps.findByAccountId(account.id()).orElse(null);
        if (totp == null) {
            return null;
        }
        var step = Totp.match(Base32.decode(cipher.decrypt(totp.secretEncrypted())), typed, now,
                totp.lastUsedStep());
        if (step.isEmpty()) {
            return null;
        }
        totp.use(step.getAsLong());
        return SecondFactorAuthorities.TOTP;
    }

    private String recoveryStep(UserAccount account, String typed, Instant now) {
        if (typed.isEmpty()) {
            return null;
        }
        var recovery = recoveryCodes.findByAccountIdAndCodeHash(account.id(), InvitationTokens.hash(typed))
                .filter(c -> !c.used()).orElse(null);
        if (recovery == null) {
            return null;
        }
        recovery.use(now);
        recoveryCodes.flush();
        events.publishEvent(new RecoveryCodeUsed(account.id(), recoveryCodes.countUnused(account.id()), now));
        return SecondFactorAuthorities.RECOVERY_CODE;
    }

    private static Authentication withFactor(Authentication authentication, UserAccount account, String factor) {
        var principal = new AccountPrincipal(account, SecondFactorState.ENROLLED);
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        authentication.getAuthorities().stream()
                .filter(a -> a instanceof FactorGrantedAuthority)
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        var upgraded = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        upgraded.setDetails(authentication.getDetails());
        return upgraded;
    }

    private List<String> issueRecoveryCodes(long accountId, Instant now) {
        recoveryCodes.deleteByAccount(accountId);
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] bits = new byte[10];
            RANDOM.nextBytes(bits);
            String code = Base32.encode(bits).toLowerCase(Locale.ROOT);
            recoveryCodes.save(new RecoveryCode(accountId, InvitationTokens.hash(code), now));
            codes.add(code.replaceAll("(.{4})(?!$)", "$1-"));
        }
        events.publishEvent(new RecoveryCodesIssued(accountId, RECOVERY_CODES, now));
        return codes;
    }

    private boolean hasFactor(UserAccount account) {
        return totps.existsByAccountId(account.id()) || passkeys.any(account.email());
    }

    private SecurityOverview overview(UserAccount account) {
        var totp = totps.findByAccountId(account.id());
        return new SecurityOverview(account.id(), account.email(), account.displayName(),
                properties.required(account.roles()), totp.isPresent(), totp.map(TotpFactor::createdAt).orElse(null),
                recoveryCodes.countUnused(account.id()), passkeys.of(account.email()));
    }

    private UserAccount current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new IllegalStateException("no signed-in user");
        }
        return account(principal.id());
    }

    private UserAccount account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
