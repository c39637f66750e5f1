package org.tandem.employer.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tandem.employer.EmployerImportReport;
import org.tandem.shared.ImportProblem;

/** An employer import report with its problems in the user's language, for the result page and the JSON API. */
record EmployerImportResult(boolean accepted, int rows, int employersCreated, int recruitmentsCreated,
        int unchanged, List<Problem> errors) {

    record Problem(int row, String column, String message) {
    }

    static EmployerImportResult from(EmployerImportReport report, MessageSource messages, Locale locale) {
        return new EmployerImportResult(report.accepted(), report.rows(), report.employersCreated(),
                report.recruitmentsCreated(), report.unchanged(),
                report.problems().stream().map(p -> problem(p, messages, locale)).toList());
    }

    private static Problem problem(ImportProblem problem, MessageSource messages, Locale locale) {
        return new Problem(problem.row(), problem.column(),
                messages.getMessage(problem.code(), problem.arguments().toArray(), problem.code(), locale));
    }
}
