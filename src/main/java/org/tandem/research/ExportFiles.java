package org.tandem.research;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.research.Dataset.Column;
import org.tandem.research.Dataset.Table;

/**
 * Writes a dataset as a ZIP of CSV files (one per table, plus codebook.csv and notes.csv) or as one workbook (a sheet
 * per table, plus codebook and notes sheets). The codebook lists every column of every table: file, column, meaning,
 * type and allowed values; it describes itself and the notes too.
 */
@Component
class ExportFiles {

    static final String CODEBOOK = "codebook";
    static final String NOTES = "notes";

    private final MessageSource messages;

    ExportFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The tables as exported, followed by the codebook and the notes. */
    List<Table> withCodebook(Dataset dataset, Locale locale) {
        List<Table> all = new ArrayList<>(dataset.tables());
        var codebookColumns = List.of(Column.of("file", Dataset.Type.TEXT, null),
                Column.of("column", Dataset.Type.TEXT, null), Column.of("meaning", Dataset.Type.TEXT, null),
                Column.of("type", Dataset.Type.CODE, List.of("TEXT", "CODE", "INTEGER")),
                Column.of("allowed_values", Dataset.Type.TEXT, null));
        var notes = new Table(NOTES, List.of(Column.of("note", Dataset.Type.TEXT, null)),
                notes(dataset, locale));
        List<List<String>> codebook = new ArrayList<>();
        List<Table> described = new ArrayList<>(all);
        described.add(new Table(CODEBOOK, codebookColumns, List.of()));
        described.add(notes);
        for (Table table : described) {
            for (Column column : table.columns()) {
                codebook.add(List.of(table.name(), column.name(),
                        messages.getMessage("research.codebook." + table.name() + "." + column.name(), null, locale),
                        column.type().name(), String.join("|", column.allowed())));
            }
        }
        all.add(new Table(CODEBOOK, codebookColumns, codebook));
        all.add(notes);
        return all;
    }

    private List<List<String>> notes(Dataset dataset, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.getMessage("research.note.rule", new Object[] {SmallCells.K}, locale)));
        for (String note : dataset.notes()) {
            int colon = note.lastIndexOf(':');
            rows.add(List.of(messages.getMessage("research.note." + note.substring(0, colon),
                    new Object[] {Integer.parseInt(note.substring(colon + 1))}, locale)));
        }
        if (dataset.notes().isEmpty()) {
            rows.add(List.of(messages.getMessage("research.note.nothing", null, locale)));
        }
        return rows;
    }

    byte[] zip(List<Table> tables) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(table.columns().stream().map(Column::name).toArray(String[]::new)).get());
                for (List<String> row : table.rows()) {
                    printer.printRecord(row.stream().map(ExportFiles::cell).toList());
                }
                printer.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] workbook(List<Table> tables) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    header.createCell(c).setCellValue(table.columns().get(c).name());
                }
                int r = 1;
                for (List<String> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        String value = values.get(c);
                        if (table.columns().get(c).type() == Dataset.Type.INTEGER && !value.isEmpty()) {
                            row.createCell(c).setCellValue(Long.parseLong(value));
                        } else {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet program would take for a formula (a site named "=..."), quoted as text. */
    static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
