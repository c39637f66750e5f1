package org.tandem.privacy;

import java.time.Instant;
import java.util.List;

/** Everything Tandem holds about one person, per module, as downloaded (GDPR Art. 15 and 20). */
public record DataExport(Instant generatedAt, List<Part> parts) {

    public DataExport {
        parts = List.copyOf(parts);
    }

    /** One module's records. */
    public record Part(String module, List<DataRecord> records) {

        public Part {
            records = List.copyOf(records);
        }
    }

    public int recordCount() {
        return parts.stream().mapToInt(p -> p.records().size()).sum();
    }
}
