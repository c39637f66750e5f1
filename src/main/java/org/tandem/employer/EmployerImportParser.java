package org.tandem.employer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tandem.shared.Country;
import org.tandem.shared.ImportHeaders;
import org.tandem.shared.ImportProblem;
import org.tandem.shared.ImportReader;

/**
 * Checks every row of an employer import file and turns the good ones into employer details, a stage, a pledge
 * and a contact. It never stops at the first problem: the coordinator gets all of them at once, each at its row
 * and column.
 */
final class EmployerImportParser {

    record EmployerRow(int row, EmployerDetails details, PipelineStage stage, int mentors, int hoursPerMonth,
            ContactDetails contact) {

        String naturalKey() {
            return Employer.naturalKey(details.name(), details.city());
        }
    }

    record Result(List<EmployerRow> rows, List<ImportProblem> problems) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()./\\- ]{6,40}$");
    private static final List<String> YES = List.of("yes", "ja", "oui", "true", "j", "y");
    private static final List<String> NO = List.of("no", "nee", "non", "false", "n");

    Result parse(ImportReader.Sheet sheet) {
        var headers = ImportHeaders.resolve(EmployerImportColumn.class, sheet);
        if (!headers.problems().isEmpty()) {
            return new Result(List.of(), headers.problems());
        }
        var problems = new ArrayList<ImportProblem>();
        var columns = headers.columns();
        var names = headers.names();
        var rows = new ArrayList<EmployerRow>(sheet.rows().size());
        var firstRowOfKey = new HashMap<String, Integer>();
        for (ImportReader.RawRow raw : sheet.rows()) {
            var row = new RowParser(raw, columns, names, problems);
            var parsed = row.parse();
            if (parsed == null) {
                continue;
            }
            Integer earlier = firstRowOfKey.putIfAbsent(parsed.naturalKey(), raw.row());
            if (earlier != null) {
                problems.add(ImportProblem.at(raw.row(), names.get(EmployerImportColumn.NAME),
                        "employer.import.duplicate", earlier));
            } else if (!row.failed()) {
                rows.add(parsed);
            }
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    /** One row: each getter reports its own problem and returns null, so all columns are checked. */
    private static final class RowParser {

        private final ImportReader.RawRow raw;
        private final Map<EmployerImportColumn, Integer> columns;
        private final Map<EmployerImportColumn, String> names;
        private final List<ImportProblem> problems;
        private boolean failed;

        RowParser(ImportReader.RawRow raw, Map<EmployerImportColumn, Integer> columns,
                Map<EmployerImportColumn, String> names, List<ImportProblem> problems) {
            this.raw = raw;
            this.columns = columns;
            this.names = names;
            this.problems = problems;
        }

        boolean failed() {
            return failed;
        }

        /** Null when name or city is missing (no key to check duplicates by); otherwise the row, maybe failed. */
        EmployerRow parse() {
            String name = text(EmployerImportColumn.NAME, 120, true);
            EmployerSector sector = choice(EmployerImportColumn.SECTOR, EmployerSector.class, true);
            Boolean heavy = yesNo(EmployerImportColumn.HEAVY_PROFESSION);
            SizeBand sizeBand = sizeBand();
            Country country = choice(EmployerImportColumn.COUNTRY, Country.class, true);
            String city = text(EmployerImportColumn.CITY, 80, true);
            PipelineStage stage = stage();
            Integer mentors = number(EmployerImportColumn.PLEDGED_MENTORS, Recruitment.MAX_MENTORS);
            Integer hours = number(EmployerImportColumn.HOURS_PER_MONTH, Recruitment.MAX_HOURS);
            ContactDetails contact = contact();
            String notes = text(EmployerImportColumn.NOTES, 4000, false);
            if (name == null || name.isEmpty() || city == null || city.isEmpty()) {
                return null;
            }
            if (failed) {
                return new EmployerRow(raw.row(), new EmployerDetails(name, null, false, null, null, city, null),
                        null, 0, 0, null);
            }
            return new EmployerRow(raw.row(), new EmployerDetails(name, sector, Boolean.TRUE.equals(heavy), sizeBand,
                    country, city, notes), stage, mentors == null ? 0 : mentors, hours == null ? 0 : hours, contact);
        }

        private String value(EmployerImportColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : raw.cell(index).trim();
        }

        private void problem(EmployerImportColumn column, String code, Object... arguments) {
            failed = true;
            problems.add(ImportProblem.at(raw.row(), names.getOrDefault(column, column.header()), code, arguments));
        }

        private String text(EmployerImportColumn column, int max, boolean required) {
            String value = value(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "import.value.required");
                }
                return value;
            }
            if (value.length() > max) {
                problem(column, "import.value.tooLong", max);
                return null;
            }
            return value;
        }

        private <E extends Enum<E>> E choice(EmployerImportColumn column, Class<E> type, boolean required) {
            String value = value(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "import.value.required");
                }
                return null;
            }
            String key = value.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                    return constant;
                }
            }
            problem(column, "import.value.choice", value, allowed(type.getEnumConstants()));
            return null;
        }

        /** The band's name (small) or its label (10-49). */
        private SizeBand sizeBand() {
            String value = value(EmployerImportColumn.SIZE_BAND).replace(" ", "");
            for (SizeBand band : SizeBand.values()) {
                if (band.label().equals(value)) {
                    return band;
                }
            }
            return choice(EmployerImportColumn.SIZE_BAND, SizeBand.class, true);
        }

        /** Prospect when not given; a decline needs a reason, which a file cannot give. */
        private PipelineStage stage() {
            if (value(EmployerImportColumn.STAGE).isEmpty()) {
                return PipelineStage.PROSPECT;
            }
            PipelineStage stage = choice(EmployerImportColumn.STAGE, PipelineStage.class, false);
            if (stage == PipelineStage.DECLINED) {
                problem(EmployerImportColumn.STAGE, "employer.import.stage.declined");
                return null;
            }
            return stage;
        }

        private Boolean yesNo(EmployerImportColumn column) {
            String value = value(column).toLowerCase(Locale.ROOT);
            if (value.isEmpty() || NO.contains(value)) {
                return false;
            }
            if (YES.contains(value)) {
                return true;
            }
            problem(column, "import.value.choice", value(column), "ja, nee, yes, no, oui, non, true, false");
            return null;
        }

        private Integer number(EmployerImportColumn column, int max) {
            String value = value(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number < 0 || number > max) {
                    problem(column, "import.number.range", 0, max);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problem(column, "import.number.invalid");
                return null;
            }
        }

        /** A contact person needs a name and an e-mail address; without any contact column filled in, none. */
        private ContactDetails contact() {
            String name = text(EmployerImportColumn.CONTACT_NAME, 120, false);
            String email = value(EmployerImportColumn.CONTACT_EMAIL);
            String phone = value(EmployerImportColumn.CONTACT_PHONE);
            if ((name == null || name.isEmpty()) && email.isEmpty() && phone.isEmpty()) {
                return null;
            }
            if (name != null && name.isEmpty()) {
                problem(EmployerImportColumn.CONTACT_NAME, "employer.import.contact.required");
            }
            if (email.isEmpty()) {
                problem(EmployerImportColumn.CONTACT_EMAIL, "employer.import.contact.required");
            } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                problem(EmployerImportColumn.CONTACT_EMAIL, "import.email.invalid");
            }
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                problem(EmployerImportColumn.CONTACT_PHONE, "import.phone.invalid");
            }
            return new ContactDetails(name, email, phone, null, null);
        }
    }

    private static String allowed(Enum<?>[] constants) {
        var names = new ArrayList<String>();
        for (Enum<?> constant : constants) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
