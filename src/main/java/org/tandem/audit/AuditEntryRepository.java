package org.tandem.audit;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Adds entries and purges the expired ones; nothing else changes the log (no update, no other delete). */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Modifying
    @Query("delete from AuditEntry e where e.occurredAt < ?1")
    int purgeBefore(Instant cutoff);
}
