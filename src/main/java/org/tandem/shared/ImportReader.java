package org.tandem.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * Reads the first sheet of an XLSX file (streaming, with POI's SAX reader) or a CSV file (comma, semicolon or
 * tab separated; UTF-8 or Windows-1252) into a header and rows of text. The type is decided by the content, never
 * by the file name. Row numbers are the ones a spreadsheet shows. Shared by the imports of all modules, so that the
 * limits and the zip-bomb checks live in one place.
 */
public final class ImportReader {

    static {
        // POI's zip-bomb guards are JVM-wide: a part may inflate at most 100 times and to at most 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** One row of text cells, numbered as a spreadsheet shows it. */
    public record RawRow(int row, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The header (the first non-blank row) and the data rows under it; blank rows are left out. */
    public record Sheet(int headerRow, List<String> headers, List<RawRow> rows) {
    }

    /** Inflated size of all parts together, and the ratio one large part may inflate by, before it is a bomb. */
    static final long MAX_INFLATED = 200L * 1024 * 1024;
    static final long RATIO_CHECKED_ABOVE = 1024 * 1024;
    static final int MAX_RATIO = 100;

    private final int maxRows;

    public ImportReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Refuses (with an {@link ImportRefusedException}) an empty file, one of another type, a zip bomb, too many rows. */
    public Sheet read(byte[] content) {
        if (content.length == 0) {
            throw new ImportRefusedException("import.file.empty");
        }
        if (isZip(content)) {
            checkWorkbook(content);
            return readXlsx(content);
        }
        if (isText(content)) {
            return readCsv(content);
        }
        throw new ImportRefusedException("import.file.type");
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Text: no NUL and hardly any other control characters in the first 64 KB. */
    private static boolean isText(byte[] content) {
        int length = Math.min(content.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 200 <= length;
    }

    /** An XLSX file is a zip with the OOXML parts; its central directory tells the sizes before anything inflates. */
    private static void checkWorkbook(byte[] content) {
        boolean types = false;
        boolean workbook = false;
        long inflated = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                types |= entry.getName().equals("[Content_Types].xml");
                workbook |= entry.getName().equals("xl/workbook.xml");
                long size = entry.getSize();
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size > RATIO_CHECKED_ABOVE && size / compressed > MAX_RATIO) {
                    throw new ImportRefusedException("import.file.zipBomb");
                }
                inflated += Math.max(0, size);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("import.file.unreadable");
        }
        if (inflated > MAX_INFLATED) {
            throw new ImportRefusedException("import.file.zipBomb");
        }
        if (!types || !workbook) {
            throw new ImportRefusedException("import.file.type");
        }
    }

    private Sheet readXlsx(byte[] content) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportRefusedException("import.file.noHeader");
            }
            var collector = new Collector(maxRows);
            try (InputStream sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.sheet();
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportRefusedException(zipBomb(e) ? "import.file.zipBomb" : "import.file.unreadable");
        }
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private Sheet readCsv(byte[] content) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        var collector = new Collector(maxRows);
        try (Reader in = new StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                collector.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusedException("import.csv.malformed");
        }
        return collector.sheet();
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** The separator is the one the header line uses most: Dutch spreadsheets write semicolons. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** Collects rows in order: the first non-blank row is the header, blank rows are skipped. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private int headerRow;
        private List<String> headers;
        private final List<RawRow> rows = new ArrayList<>();
        private List<String> current;
        private int currentRow;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(int row, List<String> cells) {
            var raw = new RawRow(row, cells.stream().map(c -> c == null ? "" : c.trim()).toList());
            if (raw.blank()) {
                return;
            }
            if (headers == null) {
                headerRow = row;
                headers = raw.cells();
                return;
            }
            if (rows.size() >= maxRows) {
                throw new ImportRefusedException("import.file.tooManyRows", maxRows);
            }
            rows.add(raw);
        }

        Sheet sheet() {
            if (headers == null) {
                throw new ImportRefusedException("import.file.noHeader");
            }
            return new Sheet(headerRow, headers, rows);
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            currentRow = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            add(currentRow, current);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }
}
