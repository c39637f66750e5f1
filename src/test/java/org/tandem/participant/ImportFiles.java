package org.tandem.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Import files for tests and the benchmark: a header and rows of text, written as CSV or XLSX. */
public final class ImportFiles {

    public static final List<String> HEADER = List.of("first_name", "last_name", "email", "phone", "birth_year",
            "preferred_language", "city", "postcode", "country", "role", "capacity", "languages", "sectors",
            "education_sector", "availability", "meeting_mode", "interests", "digital_skills", "years_of_experience",
            "ambition", "needs");

    private ImportFiles() {
    }

    /** A prefix that keeps e-mail addresses of different tests apart. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid row; mentors on even numbers, mentees on odd ones. */
    public static List<String> row(String prefix, int i) {
        boolean mentor = i % 2 == 0;
        return new ArrayList<>(List.of("Anna" + i, "Jansen" + i, prefix + "-" + i + "@example.org", "+31 6 1234 5678",
                String.valueOf(mentor ? 1965 : 1999), i % 3 == 0 ? "fr" : "nl", "Utrecht", "3511 AB", "NL",
                mentor ? "mentor" : "mentee", mentor ? "2" : "1", "nl:C2;fr:B1", "FINANCE;EDUCATION",
                mentor ? "vo" : "", "MON_MORNING;WED_EVENING", "ONLINE", "reading;football", "GOOD",
                mentor ? "25" : "2", "Become a teacher", "A mentor who knows schools"));
    }

    public static List<List<String>> participants(String prefix, int count) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        for (int i = 1; i <= count; i++) {
            rows.add(row(prefix, i));
        }
        return rows;
    }

    /** Sets one cell of a data row (1 = the first row under the header). */
    public static List<List<String>> with(List<List<String>> rows, int dataRow, String column, String value) {
        rows.get(dataRow).set(HEADER.indexOf(column), value);
        return rows;
    }

    public static byte[] csv(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(ImportFiles::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    public static byte[] xlsx(List<List<String>> rows) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("participants");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && value.matches("\\d{1,4}")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
