package org.tandem.shared;

import java.time.Duration;
import java.util.function.Supplier;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the application's data: one number in the database that every transaction changing the data raises
 * as it commits (see {@link DataChangeListener}), whatever wrote it, on whichever node. A value computed from the data
 * after reading version {@code v} is at least as fresh as {@code v}, so a node may keep it for as long as the number
 * still reads {@code v}: a kept value is never older than what another node committed.
 */
@Component
public class DataVersion {

    private final JdbcTemplate jdbc;

    DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version as committed now (one read by primary key). */
    public long current() {
        Long version = jdbc.queryForObject("select version from data_version where id = 1", Long.class);
        return version == null ? 0 : version;
    }

    /**
     * The version as read once in the current transaction: a page that asks several kept values in one read
     * transaction reads the number once and is served as of that moment. Without a transaction, as {@link #current()}.
     */
    long currentInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return current();
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Long read) {
            return read;
        }
        long read = current();
        TransactionSynchronizationManager.bindResource(this, read);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
            }
        });
        return read;
    }

    /**
     * A cache of values computed from stored data only (not from the day or the time): a value is served while the
     * data version it was computed at is still current, and computed again once anything changed.
     */
    public <K, V> Kept<K, V> keep(int maximumSize) {
        return new Kept<>(this, maximumSize);
    }

    /** Values kept per key with the data version they were computed at; see {@link DataVersion#keep(int)}. */
    public static final class Kept<K, V> {

        private record Entry<V>(long version, V value) {
        }

        private final DataVersion version;
        private final com.github.benmanes.caffeine.cache.Cache<K, Entry<V>> entries;

        private Kept(DataVersion version, int maximumSize) {
            this.version = version;
            this.entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofHours(1))
                    .build();
        }

        /**
         * The value kept for the key, or the one {@code compute} gives now. Inside a transaction that may write,
         * nothing is kept or served: its own uncommitted changes must not reach other requests, and it must see them.
         */
        public V get(K key, Supplier<V> compute) {
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                return compute.get();
            }
            long now = version.currentInTransaction();
            var kept = entries.getIfPresent(key);
            if (kept != null && kept.version() == now) {
                return kept.value();
            }
            V value = compute.get();
            entries.asMap().merge(key, new Entry<>(now, value),
                    (old, fresh) -> old.version() > fresh.version() ? old : fresh);
            return value;
        }
    }
}
