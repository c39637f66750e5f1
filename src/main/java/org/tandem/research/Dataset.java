package org.tandem.research;

import java.util.List;

/**
 * The files of one export: tables of text cells, each column described for the codebook (its meaning is the
 * message {@code research.codebook.<table>.<column>}), and the notes saying what was generalised or left out.
 */
record Dataset(List<Table> tables, List<String> notes, int people, int suppressedPeople) {

    enum Type { TEXT, CODE, INTEGER }

    record Column(String name, Type type, List<String> allowed) {

        static Column of(String name, Type type, List<String> allowed) {
            return new Column(name, type, allowed == null ? List.of() : List.copyOf(allowed));
        }
    }

    record Table(String name, List<Column> columns, List<List<String>> rows) {
    }

    int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
