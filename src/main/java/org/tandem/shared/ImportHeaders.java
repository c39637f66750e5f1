package org.tandem.shared;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds an import file's columns from its header row: any order, English or Dutch names, case, spaces, dots and
 * hyphens ignored. Unknown, repeated and missing required columns are reported at the header row.
 */
public final class ImportHeaders {

    /** A column an import accepts; implemented by the importing module's enum of columns. */
    public interface Column {

        String name();

        boolean required();

        List<String> aliases();

        /** The English header name, as documented and as exports write it. */
        default String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where each column stands and under which header the file named it; problems when the row is wrong. */
    public record Resolved<C extends Enum<C>>(Map<C, Integer> columns, Map<C, String> names,
            List<ImportProblem> problems) {
    }

    private ImportHeaders() {
    }

    public static <C extends Enum<C> & Column> Resolved<C> resolve(Class<C> type, ImportReader.Sheet sheet) {
        var byHeader = new HashMap<String, C>();
        for (C column : type.getEnumConstants()) {
            byHeader.put(column.header(), column);
            column.aliases().forEach(alias -> byHeader.put(alias, column));
        }
        var problems = new ArrayList<ImportProblem>();
        var columns = new EnumMap<C, Integer>(type);
        var names = new EnumMap<C, String>(type);
        for (int i = 0; i < sheet.headers().size(); i++) {
            String header = sheet.headers().get(i);
            if (header.isBlank()) {
                continue;
            }
            C column = byHeader.get(key(header));
            if (column == null) {
                problems.add(ImportProblem.at(sheet.headerRow(), header, "import.header.unknown"));
            } else if (columns.containsKey(column)) {
                problems.add(ImportProblem.at(sheet.headerRow(), header, "import.header.duplicate"));
            } else {
                columns.put(column, i);
                names.put(column, header);
            }
        }
        for (C column : type.getEnumConstants()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.at(sheet.headerRow(), column.header(), "import.header.missing"));
            }
        }
        return new Resolved<>(columns, names, problems);
    }

    static String key(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
    }
}
