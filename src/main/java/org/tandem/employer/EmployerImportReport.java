package org.tandem.employer;

import java.util.List;
import org.tandem.shared.ImportProblem;

/**
 * What an employer import did: when accepted, how many employers it created, how many recruitments it started in
 * the programme (for new and known employers) and how many rows were already there; when rejected, nothing was
 * written and every problem is listed.
 */
public record EmployerImportReport(boolean accepted, int rows, int employersCreated, int recruitmentsCreated,
        int unchanged, List<ImportProblem> problems) {

    public EmployerImportReport {
        problems = List.copyOf(problems);
    }

    static EmployerImportReport rejected(int rows, List<ImportProblem> problems) {
        return new EmployerImportReport(false, rows, 0, 0, 0, problems);
    }
}
