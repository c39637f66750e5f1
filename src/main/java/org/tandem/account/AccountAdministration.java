package org.tandem.account;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountChanged.Change;
import org.tandem.shared.DomainException;
import org.tandem.shared.NotFoundException;

/**
 * User administration for admins (issue 13): find accounts, change their roles and programmes, deactivate and
 * reactivate them. No account is ever deleted. An admin cannot deactivate themself or take away the last active admin.
 * Every change is published as {@link AccountChanged}; a change that takes rights away ends the account's sessions so
 * that it counts at once.
 */
@Service
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final PasswordResetRepository resets;
    private final AccountService accountService;
    private final AccountSessions sessions;
    private final ObjectProvider<ProgrammeNames> programmeNames;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, PasswordResetRepository resets, AccountService accountService,
            AccountSessions sessions, ObjectProvider<ProgrammeNames> programmeNames, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.accountService = accountService;
        this.sessions = sessions;
        this.programmeNames = programmeNames;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountResults search(AccountFilter filter) {
        requireAdmin();
        Specification<UserAccount> matching = (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (filter.text() != null) {
                String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("email")), like, '!'),
                        cb.like(cb.lower(root.get("displayName")), like, '!')));
            }
            if (filter.role() != null) {
                where.add(cb.equal(root.join("roles"), filter.role()));
            }
            if (filter.active() != null) {
                where.add(cb.equal(root.get("enabled"), filter.active()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        var page = accounts.findAll(matching, PageRequest.of(filter.page(), filter.size(),
                Sort.by("displayName", "id")));
        return new AccountResults(page.getContent().stream().map(AccountRow::from).toList(), filter.page(),
                filter.size(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public AccountDetails get(long accountId) {
        var admin = requireAdmin();
        var account = account(accountId);
        Map<Long, String> names = programmeNames();
        var assigned = account.programmeIds();
        var programmes = assigned.stream()
                .map(id -> new AccountDetails.ProgrammeRef(id, names.getOrDefault(id, "#" + id)))
                .sorted(java.util.Comparator.comparing(AccountDetails.ProgrammeRef::name)).toList();
        var others = names.entrySet().stream().filter(e -> !assigned.contains(e.getKey()))
                .map(e -> new AccountDetails.ProgrammeRef(e.getKey(), e.getValue())).toList();
        Instant now = Instant.now(clock);
        Instant resetUntil = resets.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
                .filter(r -> r.openAt(now)).map(PasswordReset::expiresAt).findFirst().orElse(null);
        return new AccountDetails(account.id(), account.email(), account.displayName(), account.roles(),
                account.enabled(), account.createdAt(), account.assignable(), programmes, others, resetUntil,
                admin.id() == accountId);
    }

    @Transactional
    public void changeRoles(long accountId, Set<Role> roles) {
        var admin = requireAdmin();
        var account = account(accountId);
        Set<Role> before = account.roles();
        Set<Role> after = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (before.equals(after)) {
            return;
        }
        if (before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)) {
            if (admin.id() == accountId) {
                throw new DomainException("accounts.roles.ownAdmin");
            }
            requireAnotherActiveAdmin(account);
        }
        account.changeRoles(after);
        events.publishEvent(new AccountChanged(accountId, admin.id(), Change.ROLES_CHANGED, null,
                codes(before) + " > " + codes(after)));
        if (!account.assignable()) {
            account.programmeIds().forEach(programmeId -> accountService.unassignProgramme(accountId, programmeId));
        }
        if (admin.id() != accountId) {
            sessions.end(account.email());
        }
    }

    @Transactional
    public void assignProgramme(long accountId, long programmeId) {
        requireAdmin();
        var account = account(accountId);
        if (!programmeNames().containsKey(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
        if (!account.assignable()) {
            throw new DomainException("accounts.programmes.notAssignable");
        }
        accountService.assignProgramme(accountId, programmeId);
    }

    @Transactional
    public void unassignProgramme(long accountId, long programmeId) {
        requireAdmin();
        account(accountId);
        accountService.unassignProgramme(accountId, programmeId);
    }

    /** The account can no longer sign in, its sessions end and its API tokens stop working. */
    @Transactional
    public void deactivate(long accountId) {
        var admin = requireAdmin();
        var account = account(accountId);
        if (admin.id() == accountId) {
            throw new DomainException("accounts.deactivate.self");
        }
        if (!account.enabled()) {
            return;
        }
        if (account.roles().contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.deactivate();
        sessions.end(account.email());
        events.publishEvent(new AccountChanged(accountId, admin.id(), Change.DEACTIVATED, null, null));
    }

    @Transactional
    public void reactivate(long accountId) {
        var admin = requireAdmin();
        var account = account(accountId);
        if (account.enabled()) {
            return;
        }
        account.reactivate();
        events.publishEvent(new AccountChanged(accountId, admin.id(), Change.REACTIVATED, null, null));
    }

    private void requireAnotherActiveAdmin(UserAccount account) {
        if (account.enabled() && accounts.countActiveAdmins() <= 1) {
            throw new DomainException("accounts.lastAdmin");
        }
    }

    private Map<Long, String> programmeNames() {
        var names = programmeNames.getIfAvailable();
        return names == null ? Map.of() : names.all();
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    CurrentUser requireAdmin() {
        return accountService.current().filter(user -> user.has(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("accounts", ""));
    }

    UserAccount account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }
}
