package org.tandem.account;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.NotFoundException;

@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RequestUser requestUser;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events, RequestUser requestUser) {
        this.accounts = accounts;
        this.requestUser = requestUser;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** The id of the signed-in user as the session holds it, without reading the account; null when none. */
    static Long signedInId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal.id() : null;
    }

    /**
     * The signed-in user, read afresh for each request so that a new assignment counts at once, and once within it
     * (no transaction of its own: a kept user needs no database connection).
     */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        var kept = requestUser.get(authentication);
        if (kept != null) {
            return Optional.of(kept);
        }
        return accounts.findById(principal.id())
                .map(account -> requestUser.keep(authentication, new CurrentUser(account.id(), account.email(),
                        account.displayName(), Set.copyOf(account.roles()), Set.copyOf(account.programmeIds()))));
    }

    public CurrentUser requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /**
     * Runs work as the given user, for work no person starts (demo data, scheduled jobs), so that it passes the
     * same access rules as anyone else.
     */
    public <T> T callAs(String email, Supplier<T> work) {
        var principal = accounts.findByEmail(UserAccount.normalise(email)).map(AccountPrincipal::new)
                .orElseThrow(() -> new NotFoundException("user", email));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Transactional
    public long create(NewUser user) {
        if (accounts.existsByEmail(UserAccount.normalise(user.email()))) {
            throw new IllegalArgumentException("a user with this e-mail exists");
        }
        var account = new UserAccount(user.email(), user.displayName(), passwordEncoder.encode(user.password()),
                user.roles(), Instant.now(clock));
        return accounts.save(account).id();
    }

    /**
     * Several accounts in one go, an equal password hashed once: a bcrypt hash costs about a tenth of a second of CPU,
     * which made most of loading the demo (its people all start with the demo password).
     */
    @Transactional
    public void createAll(List<NewUser> users) {
        var hashes = new HashMap<String, String>();
        for (var user : users) {
            if (accounts.existsByEmail(UserAccount.normalise(user.email()))) {
                throw new IllegalArgumentException("a user with this e-mail exists");
            }
            accounts.save(new UserAccount(user.email(), user.displayName(),
                    hashes.computeIfAbsent(user.password(), passwordEncoder::encode), user.roles(), Instant.now(clock)));
        }
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalise(email)).map(UserSummary::from);
    }

    /** A user by id, for modules that mail them (e.g. a calendar invite to an employer contact). */
    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(long id) {
        return accounts.findById(id).map(UserSummary::from);
    }

    /** A user's roles (none for an unknown id), for the decision who may erase them. */
    @Transactional(readOnly = true)
    public java.util.Set<Role> rolesOf(long id) {
        return accounts.findById(id).map(a -> java.util.Set.copyOf(a.roles())).orElse(java.util.Set.of());
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.anyAdmin();
    }

    @Transactional
    public void assignProgramme(long userId, long programmeId) {
        if (account(userId).assignProgramme(programmeId)) {
            events.publishEvent(new AccountChanged(userId, signedInId(), AccountChanged.Change.PROGRAMME_ASSIGNED,
                    programmeId, null));
        }
    }

    @Transactional
    public void unassignProgramme(long userId, long programmeId) {
        if (account(userId).unassignProgramme(programmeId)) {
            events.publishEvent(new AccountChanged(userId, signedInId(), AccountChanged.Change.PROGRAMME_UNASSIGNED,
                    programmeId, null));
        }
    }

    @Transactional(readOnly = true)
    public List<UserSummary> coordinators() {
        return accounts.findCoordinators().stream().map(UserSummary::from).toList();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> researchers() {
        return accounts.findResearchers().stream().map(UserSummary::from).toList();
    }

    /** The coordinators assigned to a programme (researchers assigned to it are not among them). */
    @Transactional(readOnly = true)
    public List<UserSummary> assignedTo(long programmeId) {
        return accounts.findAssignedTo(programmeId, Role.COORDINATOR).stream().map(UserSummary::from).toList();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> researchersOf(long programmeId) {
        return accounts.findAssignedTo(programmeId, Role.RESEARCHER).stream().map(UserSummary::from).toList();
    }

    private UserAccount account(long userId) {
        return accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }
}
