package org.tandem.shared;

import java.util.List;

/**
 * One thing wrong in an import file: the row as a spreadsheet shows it (the header is row 1), the column as the
 * file names it (null for the whole row or file), and a message key with its arguments.
 */
public record ImportProblem(int row, String column, String code, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem at(int row, String column, String code, Object... arguments) {
        return new ImportProblem(row, column, code, List.of(arguments));
    }
}
