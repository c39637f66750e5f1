package org.tandem.participant;

/** Text for cells of files people open in a spreadsheet program. */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * A cell that starts like a formula (=, +, -, @, or a tab or carriage return before one) is prefixed with a
     * single quote, so that a spreadsheet shows it as text instead of running it (CSV/formula injection).
     */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
