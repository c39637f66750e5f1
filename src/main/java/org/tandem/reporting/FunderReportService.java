package org.tandem.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

/**
 * Funder reports of a programme: made by Tandem as a PDF for a period and in a language, kept as made, listed and
 * downloaded by the programme's coordinators and admins. Anybody else, researchers included, finds no report and no
 * programme (404).
 */
@Service
public class FunderReportService {

    static final Set<String> LANGUAGES = Set.of("nl", "en", "fr");

    private final AccountService accounts;
    private final ProgrammeService programmes;
    private final DashboardService dashboards;
    private final FunderReportPdf pdf;
    private final FunderReportRepository reports;
    private final Clock clock;
    private final org.tandem.programme.ProgrammeCatalogue catalogue;

    FunderReportService(AccountService accounts, ProgrammeService programmes, DashboardService dashboards,
            FunderReportPdf pdf, FunderReportRepository reports, Clock clock,
            org.tandem.programme.ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.programmes = programmes;
        this.dashboards = dashboards;
        this.pdf = pdf;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FunderReportSummary> list(long programmeId) {
        requireManage(programmeId);
        return reports.summaries(programmeId);
    }

    /** Makes the report's PDF now, keeps it and returns its id. */
    @Transactional
    public long create(long programmeId, FunderReportOrder order) {
        var user = requireManage(programmeId);
        check(order);
        var programme = programmes.get(programmeId);
        var dashboard = dashboards.of(programmeId, new ReportScope(null, null, order.from(), order.until()));
        Instant now = clock.instant();
        String text = order.text() == null ? "" : order.text().strip();
        var locale = Locale.forLanguageTag(order.language());
        byte[] bytes = pdf.render(new FunderReportPdf.Input(programme, dashboard, order.from(), order.until(),
                locale, user.displayName(), now, CoordinatorText.parse(text)));
        return reports.save(new FunderReport(programmeId, order.from(), order.until(), order.language(), user.id(),
                user.displayName(), now, text, bytes)).id();
    }

    @Transactional(readOnly = true)
    public FunderReportSummary summary(long reportId) {
        var report = visible(reportId);
        return reports.summaries(report.programmeId()).stream().filter(s -> s.id() == reportId).findFirst()
                .orElseThrow(() -> new NotFoundException("report", reportId));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long reportId) {
        return visible(reportId).pdf();
    }

    private FunderReport visible(long reportId) {
        var report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        if (!accounts.requireCurrent().mayManageProgramme(report.programmeId())) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    private org.tandem.account.CurrentUser requireManage(long programmeId) {
        var user = accounts.requireCurrent();
        // an admin may manage any id: one that is no programme is not found, not an empty list
        if (!user.mayManageProgramme(programmeId) || catalogue.rules(programmeId).isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
        return user;
    }

    private static void check(FunderReportOrder order) {
        if (order.from() == null) {
            throw new FieldException("from", "funderReport.error.from");
        }
        if (order.until() == null) {
            throw new FieldException("until", "funderReport.error.until");
        }
        if (order.until().isBefore(order.from())) {
            throw new FieldException("until", "funderReport.error.order");
        }
        if (order.language() == null || !LANGUAGES.contains(order.language())) {
            throw new FieldException("language", "funderReport.error.language");
        }
        if (order.text() != null && order.text().length() > FunderReport.MAX_TEXT) {
            throw new FieldException("text", "funderReport.error.text", FunderReport.MAX_TEXT);
        }
    }
}
