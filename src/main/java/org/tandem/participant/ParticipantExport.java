package org.tandem.participant;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered participant list (the same filters and scope as the list page, without paging) as CSV or XLSX.
 * Columns carry the import's header names, so an export can be edited and imported again. Every text cell is
 * neutralised against formula injection.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantExport {

    static final List<String> HEADERS = List.of("first_name", "last_name", "email", "phone", "birth_year",
            "preferred_language", "city", "postcode", "country", "role", "capacity", "status", "programme_id",
            "cohort_id", "applied_at");

    private static final int PAGE = 1000;

    private final EnrolmentRepository enrolments;
    private final ParticipantAccess access;
    private final EntityManager entityManager;

    ParticipantExport(EnrolmentRepository enrolments, ParticipantAccess access, EntityManager entityManager) {
        this.enrolments = enrolments;
        this.access = access;
        this.entityManager = entityManager;
    }

    public void csv(ParticipantFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that spreadsheet programs read UTF-8
        var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(HEADERS);
        each(filter, e -> {
            try {
                printer.printRecord(values(e).stream().map(v -> v instanceof String s ? SpreadsheetText.neutralise(s)
                        : v == null ? "" : v.toString()).toList());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        printer.flush();
    }

    public void xlsx(ParticipantFilter filter, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(100);
        try {
            var sheet = workbook.createSheet("participants");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int[] next = {1};
            each(filter, e -> {
                Row row = sheet.createRow(next[0]++);
                var values = values(e);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(SpreadsheetText.neutralise(value.toString()));
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void each(ParticipantFilter filter, Consumer<Enrolment> action) {
        var specification = EnrolmentSpecifications.matching(filter, access.scope());
        var sort = Sort.by("person.lastName", "person.firstName", "id");
        for (int page = 0; ; page++) {
            var slice = enrolments.findAll(specification, PageRequest.of(page, PAGE, sort));
            slice.getContent().forEach(action);
            entityManager.clear();
            if (!slice.hasNext()) {
                return;
            }
        }
    }

    private static List<Object> values(Enrolment e) {
        var p = e.person().data();
        var values = new ArrayList<Object>(HEADERS.size());
        values.add(p.firstName());
        values.add(p.lastName());
        values.add(p.email());
        values.add(p.phone());
        values.add(p.birthYear());
        values.add(p.preferredLanguage() == null ? null : p.preferredLanguage().code());
        values.add(p.city());
        values.add(p.postcode());
        values.add(p.country() == null ? null : p.country().name());
        values.add(e.role().name().toLowerCase(java.util.Locale.ROOT));
        values.add(e.capacity());
        values.add(e.status().name());
        values.add(e.programmeId());
        values.add(e.cohortId());
        values.add(e.appliedAt().toString());
        return values;
    }
}
