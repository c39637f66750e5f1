package org.tandem.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.account.AccountService;
import org.tandem.account.UserSummary;

/**
 * Writes and searches the audit log. An entry is written in the transaction that published the event, so that the
 * change and its entry are kept or lost together; where there is none, or it only reads, in a transaction of its own
 * (and a failure to write still fails the read that caused it).
 */
@Service
@EnableConfigurationProperties(AuditProperties.class)
public class AuditLog {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;
    private final AccountService accounts;
    private final AuditProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntryRepository entries, EntityManager entityManager, AccountService accounts,
            AuditProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(AuditRecord record, String clientAddress) {
        String address = clientAddress != null ? clientAddress : currentClientAddress();
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(new AuditEntry(named(record), Instant.now(clock), address));
        } else {
            ownTransaction.executeWithoutResult(
                    status -> entries.save(new AuditEntry(named(record), Instant.now(clock), address)));
        }
    }

    void record(AuditRecord record) {
        record(record, null);
    }

    private AuditRecord named(AuditRecord record) {
        if (record.actorDisplay() != null || record.actorAccountId() == null) {
            return record;
        }
        return record.byName(accounts.findById(record.actorAccountId()).map(user -> user.email()).orElse(null));
    }

    private static String currentClientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    /** The entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public AuditResults search(AuditFilter filter) {
        var where = new ArrayList<String>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(ZONE).toInstant());
        }
        if (filter.until() != null) {
            where.add("e.occurredAt < :until");
            parameters.put("until", filter.until().plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.actor() != null) {
            actor(filter.actor(), where, parameters);
        }
        if (filter.personId() != null) {
            where.add("e.subjectPersonId = :person");
            parameters.put("person", filter.personId());
        }
        if (filter.enrolmentId() != null) {
            where.add("e.subjectEnrolmentId = :enrolment");
            parameters.put("enrolment", filter.enrolmentId());
        }
        if (filter.accountId() != null) {
            where.add("e.subjectAccountId = :account");
            parameters.put("account", filter.accountId());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<AuditEntry> query = entityManager.createQuery(
                "select e from AuditEntry e" + condition + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(e) from AuditEntry e" + condition,
                Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        var found = query.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size())
                .getResultList().stream().map(AuditView::from).toList();
        return new AuditResults(found, filter.page(), filter.size(), count.getSingleResult());
    }

    /** An account id, an e-mail address of an account (or the address tried at a failed sign-in), or part of a name. */
    private void actor(String actor, List<String> where, Map<String, Object> parameters) {
        if (actor.chars().allMatch(Character::isDigit) && actor.length() < 19) {
            where.add("e.actorAccountId = :actorId");
            parameters.put("actorId", Long.parseLong(actor));
            return;
        }
        var account = actor.contains("@") ? accounts.findByEmail(actor) : Optional.<UserSummary>empty();
        if (account.isPresent()) {
            where.add("(e.actorAccountId = :actorId or lower(e.actorDisplay) = :actorName)");
            parameters.put("actorId", account.get().id());
            parameters.put("actorName", actor.toLowerCase(Locale.ROOT));
        } else {
            where.add("lower(e.actorDisplay) like :actorName escape '!'");
            parameters.put("actorName", "%" + actor.toLowerCase(Locale.ROOT).replace("!", "!!")
                    .replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    /** The action codes in the log, for the search form. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entityManager.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    /** Deletes what is older than the retention period; answers how many entries went. */
    @Transactional
    public int purge() {
        Instant cutoff = ZonedDateTime.now(clock.withZone(ZONE)).minus(properties.retention()).toInstant();
        return entries.purgeBefore(cutoff);
    }

    public Period retention() {
        return properties.retention();
    }
}
