package org.tandem.audit;

import java.util.List;

/** One page of the audit log, newest first. */
public record AuditResults(List<AuditView> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
