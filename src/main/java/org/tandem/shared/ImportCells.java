package org.tandem.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the cells of one import row by column. Every reader reports its own problem at the row and column and
 * answers null, so that all cells of a row are checked before the row is judged.
 */
public abstract class ImportCells<C extends Enum<C> & ImportHeaders.Column> {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()./\\- ]{6,40}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    private final ImportReader.RawRow raw;
    private final Map<C, Integer> columns;
    private final Map<C, String> names;
    private final List<ImportProblem> problems;
    private boolean failed;

    protected ImportCells(ImportReader.RawRow raw, ImportHeaders.Resolved<C> headers, List<ImportProblem> problems) {
        this.raw = raw;
        this.columns = headers.columns();
        this.names = headers.names();
        this.problems = problems;
    }

    public boolean failed() {
        return failed;
    }

    protected int row() {
        return raw.row();
    }

    /** The trimmed cell, empty when the column is absent. */
    protected String value(C column) {
        Integer index = columns.get(column);
        return index == null ? "" : raw.cell(index).trim();
    }

    protected void problem(C column, String code, Object... arguments) {
        failed = true;
        problems.add(ImportProblem.at(raw.row(), names.getOrDefault(column, column.header()), code, arguments));
    }

    /** Reports a missing value; true when there is one. */
    protected boolean present(C column) {
        if (value(column).isEmpty()) {
            problem(column, "import.value.required");
            return false;
        }
        return true;
    }

    protected String text(C column, int max, boolean required) {
        String value = value(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "import.value.required");
            }
            return null;
        }
        if (value.length() > max) {
            problem(column, "import.value.tooLong", max);
            return null;
        }
        return value;
    }

    /** A whole number in min..max; spreadsheets may write it as "4.0". */
    protected Integer integer(C column, int min, int max) {
        String value = value(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
            if (number < min || number > max) {
                problem(column, "import.number.range", min, max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column, "import.number.invalid");
            return null;
        }
    }

    protected <E extends Enum<E>> E choice(C column, Class<E> type) {
        return choice(column, type, value(column));
    }

    /** One of the constants, case, spaces and hyphens ignored; an unknown value lists the allowed ones. */
    protected <E extends Enum<E>> E choice(C column, Class<E> type, String value) {
        if (value.isEmpty()) {
            return null;
        }
        String key = SEPARATORS.matcher(value.trim().toUpperCase(Locale.ROOT)).replaceAll("_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        problem(column, "import.value.choice", value, allowed(type));
        return null;
    }

    protected static boolean isEmail(String value) {
        return value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    protected static boolean isPhone(String value) {
        return PHONE.matcher(value).matches();
    }

    protected static <E extends Enum<E>> String allowed(Class<E> type) {
        var names = new ArrayList<String>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
