package org.tandem.participant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.shared.Country;
import org.tandem.shared.Language;
import org.tandem.shared.ImportCells;
import org.tandem.shared.ImportHeaders;
import org.tandem.shared.ImportProblem;
import org.tandem.shared.ImportReader;

/**
 * Checks every row of an import file and turns the good ones into people and profiles. It never stops at the
 * first problem: the coordinator gets all of them at once, each at its row and column.
 */
final class ImportRowParser {

    record ImportRow(int row, PersonData person, ParticipantRole role, int capacity, Profile profile) {
    }

    record Result(List<ImportRow> rows, List<ImportProblem> problems) {
    }

    static final int MIN_BIRTH_YEAR = 1920;
    static final int MIN_AGE = 15;
    static final int MAX_EXPERIENCE = 70;

    private static final Pattern LIST = Pattern.compile("[;|]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    private final int currentYear;

    ImportRowParser(int currentYear) {
        this.currentYear = currentYear;
    }

    Result parse(ImportReader.Sheet sheet) {
        var headers = ImportHeaders.resolve(ImportColumn.class, sheet);
        if (!headers.problems().isEmpty()) {
            return new Result(List.of(), headers.problems());
        }
        var problems = new ArrayList<ImportProblem>();
        var names = headers.names();
        var rows = new ArrayList<ImportRow>(sheet.rows().size());
        var firstRowOfEmail = new HashMap<String, Integer>();
        for (ImportReader.RawRow raw : sheet.rows()) {
            var row = new RowParser(raw, headers, problems);
            var parsed = row.parse();
            if (parsed != null) {
                Integer earlier = firstRowOfEmail.putIfAbsent(Person.normalise(parsed.person().email()), raw.row());
                if (earlier != null) {
                    problems.add(ImportProblem.at(raw.row(), names.get(ImportColumn.EMAIL), "import.email.duplicate",
                            earlier));
                } else if (!row.failed()) {
                    rows.add(parsed);
                }
            }
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    /** One row: each getter reports its own problem and returns null, so all columns are checked. */
    private final class RowParser extends ImportCells<ImportColumn> {

        RowParser(ImportReader.RawRow raw, ImportHeaders.Resolved<ImportColumn> headers, List<ImportProblem> problems) {
            super(raw, headers, problems);
        }

        ImportRow parse() {
            String firstName = text(ImportColumn.FIRST_NAME, 80, true);
            String lastName = text(ImportColumn.LAST_NAME, 80, true);
            String email = email();
            String phone = phone();
            Integer birthYear = integer(ImportColumn.BIRTH_YEAR, MIN_BIRTH_YEAR, currentYear - MIN_AGE);
            Language preferred = language(ImportColumn.PREFERRED_LANGUAGE, value(ImportColumn.PREFERRED_LANGUAGE));
            String city = text(ImportColumn.CITY, 80, false);
            String postcode = text(ImportColumn.POSTCODE, 16, false);
            Country country = choice(ImportColumn.COUNTRY, Country.class);
            ParticipantRole role = choice(ImportColumn.ROLE, ParticipantRole.class);
            if (role == null && value(ImportColumn.ROLE).isEmpty()) {
                problem(ImportColumn.ROLE, "import.value.required");
            }
            Integer capacity = integer(ImportColumn.CAPACITY, 1, Enrolment.MAX_CAPACITY);
            if (capacity != null && capacity != 1 && role == ParticipantRole.MENTEE) {
                problem(ImportColumn.CAPACITY, "import.capacity.mentee");
            }
            Map<Language, LanguageLevel> languages = languages();
            Set<Sector> sectors = choices(ImportColumn.SECTORS, Sector.class);
            EducationSector educationSector = choice(ImportColumn.EDUCATION_SECTOR, EducationSector.class);
            Availability availability = availability();
            MeetingMode meetingMode = choice(ImportColumn.MEETING_MODE, MeetingMode.class);
            Set<String> interests = interests();
            DigitalSkills digitalSkills = choice(ImportColumn.DIGITAL_SKILLS, DigitalSkills.class);
            Integer experience = integer(ImportColumn.YEARS_OF_EXPERIENCE, 0, MAX_EXPERIENCE);
            String ambition = text(ImportColumn.AMBITION, 2000, false);
            String needs = text(ImportColumn.NEEDS, 2000, false);
            if (email == null) {
                return null;
            }
            if (failed()) {
                // still returned, so that a duplicate e-mail address is reported too
                return new ImportRow(row(), new PersonData("", "", email, null, null, null, null, null, null),
                        null, 1, Profile.empty());
            }
            return new ImportRow(row(),
                    new PersonData(firstName, lastName, email, phone, birthYear, preferred, city, postcode, country),
                    role, capacity == null ? 1 : capacity,
                    new Profile(languages, sectors, educationSector, availability, meetingMode, interests,
                            digitalSkills, experience, ambition, needs, null, null));
        }

        private String email() {
            String value = value(ImportColumn.EMAIL);
            if (value.isEmpty()) {
                problem(ImportColumn.EMAIL, "import.value.required");
                return null;
            }
            if (!isEmail(value)) {
                problem(ImportColumn.EMAIL, "import.email.invalid");
                return null;
            }
            return value;
        }

        private String phone() {
            String value = value(ImportColumn.PHONE);
            if (!value.isEmpty() && !isPhone(value)) {
                problem(ImportColumn.PHONE, "import.phone.invalid");
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        private <E extends Enum<E>> Set<E> choices(ImportColumn column, Class<E> type) {
            var result = EnumSet.noneOf(type);
            for (String item : items(value(column))) {
                E constant = choice(column, type, item);
                if (constant != null) {
                    result.add(constant);
                }
            }
            return result;
        }

        private Language language(ImportColumn column, String value) {
            if (value.isEmpty()) {
                return null;
            }
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(value.trim())) {
                    return language;
                }
            }
            problem(column, "import.language.unknown", value, allowedLanguages());
            return null;
        }

        /** "nl:C2;fr:B1": a known language code and a CEFR level (or NATIVE) each, every language once. */
        private Map<Language, LanguageLevel> languages() {
            var result = new EnumMap<Language, LanguageLevel>(Language.class);
            for (String item : items(value(ImportColumn.LANGUAGES))) {
                int colon = item.indexOf(':');
                if (colon < 0) {
                    problem(ImportColumn.LANGUAGES, "import.languages.format", item);
                    continue;
                }
                Language language = language(ImportColumn.LANGUAGES, item.substring(0, colon).trim());
                LanguageLevel level = choice(ImportColumn.LANGUAGES, LanguageLevel.class,
                        item.substring(colon + 1).trim());
                if (language != null && level != null && result.put(language, level) != null) {
                    problem(ImportColumn.LANGUAGES, "import.languages.twice", language.code());
                }
            }
            return result;
        }

        private Availability availability() {
            int bits = 0;
            for (String item : items(value(ImportColumn.AVAILABILITY))) {
                String slot = SEPARATORS.matcher(item.toUpperCase(Locale.ROOT)).replaceAll("_");
                int split = slot.indexOf('_');
                try {
                    bits |= Availability.bit(Availability.Weekday.valueOf(slot.substring(0, split)),
                            Availability.DayPart.valueOf(slot.substring(split + 1)));
                } catch (RuntimeException e) {
                    problem(ImportColumn.AVAILABILITY, "import.availability.invalid", item);
                }
            }
            return new Availability(bits);
        }

        private Set<String> interests() {
            var result = new LinkedHashSet<String>();
            for (String item : items(value(ImportColumn.INTERESTS))) {
                if (item.length() > 60) {
                    problem(ImportColumn.INTERESTS, "import.interest.tooLong", 60);
                } else {
                    result.add(item);
                }
            }
            return result;
        }
    }

    private static List<String> items(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return LIST.splitAsStream(value).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String allowedLanguages() {
        var codes = new ArrayList<String>();
        for (Language language : Language.values()) {
            codes.add(language.code());
        }
        return String.join(", ", codes);
    }
}
