package org.tandem.activity.intervision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a text names a person: their first or last name as a whole word, in any case. Lower-case name particles
 * ("van", "de", "el") and one-letter parts are not looked for on their own (they are ordinary words); a last name
 * with particles is looked for as a whole as well.
 */
final class MenteeNames {

    private MenteeNames() {
    }

    static List<String> of(String firstName, String lastName) {
        var names = new ArrayList<String>();
        for (String full : new String[] {firstName, lastName}) {
            if (full == null || full.isBlank()) {
                continue;
            }
            String stripped = full.strip();
            names.add(stripped);
            for (String part : stripped.split("[\\s\\-]+")) {
                if (part.length() > 1 && Character.isUpperCase(part.codePointAt(0)) && !part.equals(stripped)) {
                    names.add(part);
                }
            }
        }
        return names;
    }

    static boolean mentions(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return false;
        }
        var pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }
}
