package org.tandem.privacy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure (GDPR Art. 17) across every module through {@link PersonalDataSource#erase}, in one transaction: all or
 * nothing. The person's own records go first (their open enrolments are withdrawn, their name is replaced), so that
 * what the other modules write while letting go (the duo module's notice that a duo ended) names the placeholder;
 * the outbox and the account go last, so that no mail queued on the way reaches the person. Who may erase whom is
 * decided by the module that knows the people (participant); this service trusts the subject it is given.
 */
@Service
public class Erasure {

    private static final List<String> ORDER = List.of("participant", "duo", "activity", "evaluation", "matching",
            "employer", "reporting", "research", "privacy", "notification", "account");

    private final List<PersonalDataSource> sources;
    private final SubjectAccess access;
    private final ErasureRecordRepository records;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Erasure(List<PersonalDataSource> sources, SubjectAccess access, ErasureRecordRepository records,
            EntityManager entities, ApplicationEventPublisher events, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(Erasure::rank)).toList();
        this.access = access;
        this.records = records;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    /** What an erasure of the subject would take: the number of records per module and kind, nothing of their values. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> preview(DataSubject subject) {
        var export = access.collect(subject);
        var counts = new TreeMap<String, Map<String, Long>>(Comparator.<String>comparingInt(Erasure::rank)
                .thenComparing(Comparator.naturalOrder()));
        for (var part : export.parts()) {
            if (!part.records().isEmpty()) {
                counts.put(part.module(), part.records().stream()
                        .collect(Collectors.groupingBy(DataRecord::type, TreeMap::new, Collectors.counting())));
            }
        }
        return counts;
    }

    /** Erases the subject everywhere and records that it happened; answers the id of the erasure's record. */
    @Transactional
    public long erase(DataSubject subject, Eraser by, String reason) {
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("nobody to erase");
        }
        int count = access.collect(subject).recordCount();
        for (var source : sources) {
            source.erase(subject);
            // the sources erase with bulk statements: nothing read later in this transaction may be a stale copy
            entities.flush();
            entities.clear();
        }
        var at = Instant.now(clock);
        var record = records.save(new ErasureRecord(subject, by, reason, count, at));
        events.publishEvent(new PersonErased(record.id(), subject.personIds(), subject.enrolmentIds(),
                subject.accountId(), by.basis(), by.accountId(), by.by(), reason, at));
        return record.id();
    }

    /** The latest erasures, newest first. */
    @Transactional(readOnly = true)
    public List<ErasureEntry> latest(int limit) {
        return records.findAllByOrderByErasedAtDescIdDesc(Limit.of(limit)).stream()
                .map(r -> new ErasureEntry(r.id(), r.erasedAt(), r.basis(), r.erasedByAccountId(), r.reason(),
                        r.subjectPersonIds(), r.recordCount()))
                .toList();
    }

    /** One line of the erasure log. */
    public record ErasureEntry(long id, Instant erasedAt, Eraser.Basis basis, Long erasedByAccountId, String reason,
            String personIds, int recordCount) {
    }

    private static int rank(PersonalDataSource source) {
        return rank(source.module());
    }

    private static int rank(String module) {
        int i = ORDER.indexOf(module);
        // a module not named here goes before the outbox and the account
        return i < 0 ? ORDER.indexOf("notification") - 1 : i;
    }
}
