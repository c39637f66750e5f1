package org.tandem.participant;

import java.util.List;
import org.tandem.shared.ImportProblem;

/**
 * What an import did: when accepted, how many enrolments it created (and how many of them for people new to
 * Tandem) and how many rows were already there; when rejected, nothing was written and every problem is listed.
 */
public record ImportReport(boolean accepted, int rows, int created, int peopleCreated, int unchanged,
        List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport rejected(int rows, List<ImportProblem> problems) {
        return new ImportReport(false, rows, 0, 0, 0, problems);
    }
}
