package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.reporting.FunderReportService;

/** The demo keeps one funder report of programme B, made by its coordinator, in Dutch, with the demo's sites. */
@DemoServerTest
class DemoFunderReportTests {

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    FunderReportService reports;

    @Test
    void programmeBHasItsFunderReport() throws IOException {
        long programmeB = catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B))
                .map(ProgrammeSummary::id).findFirst().orElseThrow();
        var kept = accounts.callAs(DemoData.COORDINATOR, () -> reports.list(programmeB));
        assertThat(kept).singleElement().satisfies(r -> assertThat(r.language()).isEqualTo("nl"));
        byte[] pdf = accounts.callAs(DemoData.COORDINATOR, () -> reports.pdf(kept.get(0).id()));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "funder-report"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "funder-report", "demo.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(DemoData.PROGRAMME_B, "Brussel (België)", "Paris (Frankrijk)",
                    "Wat dit jaar opleverde", "Trechter", "Voor- en nameting");
        }
    }
}
