package org.tandem.employer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Employer import files for tests: a header and rows of text; write them with ImportFiles.csv or .xlsx. */
public final class EmployerImportFiles {

    public static final List<String> HEADER = List.of("name", "sector", "heavy_profession", "size_band", "country",
            "city", "stage", "pledged_mentors", "hours_per_month", "contact_name", "contact_email", "contact_phone",
            "notes");

    public static final List<String> DUTCH_HEADER = List.of("naam", "sector", "zwaar_beroep", "omvang", "land",
            "plaats", "fase", "toegezegde_mentoren", "uren_per_maand", "contact_name", "contact_email",
            "contact_phone", "notes");

    private EmployerImportFiles() {
    }

    /** A prefix that keeps employer names of different tests apart. */
    public static String unique() {
        return "Imp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid row: heavy professions on even numbers, committed with a pledge on multiples of three. */
    public static List<String> row(String prefix, int i) {
        boolean heavy = i % 2 == 0;
        boolean committed = i % 3 == 0;
        return new ArrayList<>(List.of(prefix + " Bouw " + i, heavy ? "construction" : "retail", heavy ? "ja" : "no",
                i % 4 == 0 ? "250+" : "medium", "NL", "Utrecht", committed ? "committed" : "",
                committed ? "4" : "", committed ? "10" : "", "Hanna HR" + i, "hr" + i + "@" + prefix.toLowerCase()
                        + ".example.org", "030 123 4567", "imported"));
    }

    public static List<List<String>> employers(String prefix, int count) {
        var rows = new ArrayList<List<String>>();
        rows.add(new ArrayList<>(HEADER));
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
}
