package org.tandem.employer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.tandem.shared.Country;
import org.tandem.shared.ImportCells;
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

    private static final List<String> YES = List.of("yes", "ja", "oui", "true", "j", "y");
    private static final List<String> NO = List.of("no", "nee", "non", "false", "n");

    Result parse(ImportReader.Sheet sheet) {
        var headers = ImportHeaders.resolve(EmployerImportColumn.class, sheet);
        if (!headers.problems().isEmpty()) {
            return new Result(List.of(), headers.problems());
        }
        var problems = new ArrayList<ImportProblem>();
        var names = headers.names();
        var rows = new ArrayList<EmployerRow>(sheet.rows().size());
        var firstRowOfKey = new HashMap<String, Integer>();
        for (ImportReader.RawRow raw : sheet.rows()) {
            var row = new RowParser(raw, headers, problems);
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
    private static final class RowParser extends ImportCells<EmployerImportColumn> {

        RowParser(ImportReader.RawRow raw, ImportHeaders.Resolved<EmployerImportColumn> headers,
                List<ImportProblem> problems) {
            super(raw, headers, problems);
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
            if (failed()) {
                return new EmployerRow(row(), new EmployerDetails(name, null, false, null, null, city, null),
                        null, 0, 0, null);
            }
            return new EmployerRow(row(), new EmployerDetails(name, sector, Boolean.TRUE.equals(heavy), sizeBand,
                    country, city, notes), stage, mentors == null ? 0 : mentors, hours == null ? 0 : hours, contact);
        }

        private <E extends Enum<E>> E choice(EmployerImportColumn column, Class<E> type, boolean required) {
            return required && !present(column) ? null : choice(column, type);
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
            if (value(EmployerImportColumn.CONTACT_NAME).isEmpty() && email.isEmpty() && phone.isEmpty()) {
                return null;
            }
            if (value(EmployerImportColumn.CONTACT_NAME).isEmpty()) {
                problem(EmployerImportColumn.CONTACT_NAME, "employer.import.contact.required");
            }
            if (email.isEmpty()) {
                problem(EmployerImportColumn.CONTACT_EMAIL, "employer.import.contact.required");
            } else if (!isEmail(email)) {
                problem(EmployerImportColumn.CONTACT_EMAIL, "import.email.invalid");
            }
            if (!phone.isEmpty() && !isPhone(phone)) {
                problem(EmployerImportColumn.CONTACT_PHONE, "import.phone.invalid");
            }
            return new ContactDetails(name, email, phone, null, null);
        }
    }

}
