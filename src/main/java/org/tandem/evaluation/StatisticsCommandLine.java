package org.tandem.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The statistics on a file, for audits, without the web application: {@code prepost FILE.csv} (header
 * {@code id,before,after}) and {@code alpha FILE.csv} (one column per item). Prints one JSON object. Exit codes: 0 ok,
 * 1 usage or unreadable file, 2 malformed file (one line on standard error).
 */
public final class StatisticsCommandLine {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> COMMANDS = Set.of("prepost", "alpha");

    private StatisticsCommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !COMMANDS.contains(args[0])) {
            err.println("usage: prepost FILE.csv | alpha FILE.csv");
            return 1;
        }
        Path file = Path.of(args[1]);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("cannot read file: " + file);
            return 1;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if ("prepost".equals(args[0])) {
                writePrePost(prePost(reader), out);
            } else {
                writeAlpha(alpha(reader), out);
            }
            return 0;
        } catch (MalformedFileException e) {
            err.println("malformed " + file + ": " + e.getMessage());
            return 2;
        } catch (MalformedInputException e) {
            err.println("malformed " + file + ": not UTF-8 text");
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("malformed " + file + ": not a readable CSV file");
            return 2;
        }
    }

    static PairedComparison prePost(Reader reader) throws IOException {
        List<CSVRecord> rows = read(reader, List.of("id", "before", "after"));
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : rows) {
            String id = row.get("id").trim();
            if (id.isEmpty()) {
                throw new MalformedFileException("line " + line(row) + ": the id is empty");
            }
            if (!ids.add(id)) {
                throw new MalformedFileException("line " + line(row) + ": id " + id + " appears twice");
            }
            before.add(number(row, "before"));
            after.add(number(row, "after"));
        }
        return PairedComparison.of(before.toArray(Double[]::new), after.toArray(Double[]::new));
    }

    static Reliability.Alpha alpha(Reader reader) throws IOException {
        CSVParser parser = parser(reader);
        List<String> items = parser.getHeaderNames().stream().filter(name -> !"id".equalsIgnoreCase(name.trim()))
                .toList();
        if (items.size() < 2) {
            throw new MalformedFileException("the header must name at least two item columns");
        }
        List<double[]> complete = new ArrayList<>();
        for (CSVRecord row : records(parser)) {
            double[] values = new double[items.size()];
            boolean missing = false;
            for (int i = 0; i < items.size(); i++) {
                Double value = number(row, items.get(i));
                if (value == null) {
                    missing = true;
                } else {
                    values[i] = value;
                }
            }
            if (!missing) {
                complete.add(values);
            }
        }
        return Reliability.cronbach(complete.toArray(double[][]::new));
    }

    private static List<CSVRecord> read(Reader reader, List<String> required) throws IOException {
        CSVParser parser = parser(reader);
        Map<String, Integer> header = parser.getHeaderMap();
        for (String column : required) {
            if (!header.containsKey(column)) {
                throw new MalformedFileException("the header must be " + String.join(",", required)
                        + " (missing: " + column + ")");
            }
        }
        return records(parser);
    }

    private static CSVParser parser(Reader reader) throws IOException {
        try {
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
            if (parser.getHeaderNames().isEmpty()) {
                throw new MalformedFileException("the file is empty: a header line is needed");
            }
            return parser;
        } catch (IllegalArgumentException e) {
            throw new MalformedFileException("the header names a column twice or is empty");
        }
    }

    private static List<CSVRecord> records(CSVParser parser) {
        List<CSVRecord> rows = new ArrayList<>();
        try {
            for (CSVRecord row : parser) {
                if (!row.isConsistent()) {
                    throw new MalformedFileException("line " + line(row) + " has " + row.size()
                            + " cells where the header has " + parser.getHeaderNames().size());
                }
                rows.add(row);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new MalformedFileException("not a readable CSV file (an unclosed quote?)");
        }
        return rows;
    }

    private static Double number(CSVRecord row, String column) {
        String text = row.get(column).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the row and column
        }
        throw new MalformedFileException("line " + line(row) + ", column " + column + ": '"
                + shorten(text) + "' is not a number");
    }

    /** The file's line of a record: the header is line 1 (a cell spanning lines is rare enough to ignore). */
    private static long line(CSVRecord row) {
        return row.getRecordNumber() + 1;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static void writePrePost(PairedComparison r, PrintStream out) {
        try (JsonGenerator g = JSON.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberProperty("n", r.n());
            g.writeNumberProperty("missing", r.missing());
            number(g, "meanBefore", r.meanBefore());
            number(g, "meanAfter", r.meanAfter());
            number(g, "meanChange", r.meanChange());
            number(g, "sdChange", r.sdChange());
            number(g, "t", r.t());
            if (r.df() == null) {
                g.writeNullProperty("df");
            } else {
                g.writeNumberProperty("df", r.df());
            }
            number(g, "pT", r.pT());
            number(g, "ciLow", r.ciLow());
            number(g, "ciHigh", r.ciHigh());
            number(g, "dz", r.dz());
            g.writeNumberProperty("wPlus", r.wPlus());
            g.writeNumberProperty("wMinus", r.wMinus());
            g.writeNumberProperty("nonZero", r.nonZero());
            number(g, "pWilcoxon", r.pWilcoxon());
            if (r.wilcoxonMethod() == null) {
                g.writeNullProperty("wilcoxonMethod");
            } else {
                g.writeStringProperty("wilcoxonMethod", r.wilcoxonMethod().name().toLowerCase(Locale.ROOT));
            }
            number(g, "rankBiserial", r.rankBiserial());
            if (r.note() != null) {
                g.writeStringProperty("note", r.note());
            }
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeAlpha(Reliability.Alpha a, PrintStream out) {
        try (JsonGenerator g = JSON.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberProperty("n", a.n());
            g.writeNumberProperty("k", a.k());
            number(g, "alpha", a.alpha());
            if (a.alpha() == null) {
                g.writeStringProperty("note", a.n() < 2
                        ? "fewer than two respondents answered every item"
                        : "no variation in the answers: alpha is not defined");
            }
            g.writeEndObject();
        }
        out.println();
    }

    private static void number(JsonGenerator g, String name, Double value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value);
        }
    }

    private static final class MalformedFileException extends RuntimeException {
        MalformedFileException(String message) {
            super(message, null, false, false);
        }
    }

    /** Keeps standard output open after the generator closes. */
    private static final class NonClosing extends OutputStream {
        private final PrintStream out;

        NonClosing(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
