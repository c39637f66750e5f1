package org.tandem.participant.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tandem.shared.ImportProblem;
import org.tandem.participant.ImportReport;

/** An import report with its problems in the user's language, for the result page and the JSON API. */
record ImportResult(boolean accepted, int rows, int created, int peopleCreated, int unchanged,
        List<Problem> errors) {

    record Problem(int row, String column, String message) {
    }

    static ImportResult from(ImportReport report, MessageSource messages, Locale locale) {
        return new ImportResult(report.accepted(), report.rows(), report.created(), report.peopleCreated(),
                report.unchanged(), report.problems().stream().map(p -> problem(p, messages, locale)).toList());
    }

    private static Problem problem(ImportProblem problem, MessageSource messages, Locale locale) {
        return new Problem(problem.row(), problem.column(),
                messages.getMessage(problem.code(), problem.arguments().toArray(), problem.code(), locale));
    }
}
