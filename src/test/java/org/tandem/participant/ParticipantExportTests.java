package org.tandem.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;

@IntegrationTest
class ParticipantExportTests {

    @Autowired
    ParticipantImport importer;

    @Autowired
    ParticipantExport exporter;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    long cohortId;
    String prefix;

    @BeforeEach
    void participants() {
        users.ensure();
        prefix = ImportFiles.unique();
        var rows = ImportFiles.participants(prefix, 3);
        ImportFiles.with(rows, 1, "first_name", "=HYPERLINK(\"http://evil\",\"x\")");
        ImportFiles.with(rows, 1, "last_name", "+SUM(1,2)");
        ImportFiles.with(rows, 1, "city", "@cmd");
        ImportFiles.with(rows, 2, "last_name", "-2+3");
        ImportFiles.with(rows, 2, "city", "=1+2");
        cohortId = accounts.callAs(TestUsers.COORDINATOR, () -> {
            long id = programmes.addCohort(programmes.create(ProgrammeMother.details()),
                    ProgrammeMother.cohort("Export"));
            assertThat(importer.importInto(id, ImportFiles.csv(rows)).created()).isEqualTo(3);
            return id;
        });
    }

    private ParticipantFilter cohortFilter() {
        return new ParticipantFilter(null, cohortId, null, null, null, null, null, null, null, null, 0, 25);
    }

    private byte[] export(String user, boolean xlsx) {
        return accounts.callAs(user, () -> {
            var out = new ByteArrayOutputStream();
            try {
                if (xlsx) {
                    exporter.xlsx(cohortFilter(), out);
                } else {
                    exporter.csv(cohortFilter(), out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    @Test
    void csvExportNeutralisesFormulas() {
        String csv = new String(export(TestUsers.COORDINATOR, false), StandardCharsets.UTF_8);

        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).startsWith("\uFEFFfirst_name,last_name,email");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", "\"'+SUM(1,2)\"", "'@cmd",
                "'-2+3", "'=1+2", "'+31 6 1234 5678");
        assertThat(csv).doesNotContain(",=", ",+S", ",@", ",-2");
    }

    @Test
    void xlsxExportNeutralisesFormulasAndHasNoFormulaCells() throws IOException {
        var texts = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export(TestUsers.COORDINATOR, true)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains("'=HYPERLINK(\"http://evil\",\"x\")", "'+SUM(1,2)", "'@cmd", "'-2+3", "'=1+2",
                "'+31 6 1234 5678", prefix + "-3@example.org");
        assertThat(texts).noneMatch(t -> List.of('=', '+', '-', '@', '\t').contains(t.charAt(0)));
    }

    @Test
    void anotherCoordinatorExportsNothingOfThisCohort() {
        String csv = new String(export(TestUsers.OTHER_COORDINATOR, false), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1);
    }

    @Test
    void neutralisesOnlyWhatLooksLikeAFormula() {
        assertThat(SpreadsheetText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.neutralise("Anna")).isEqualTo("Anna");
        assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
    }
}
