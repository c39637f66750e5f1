package org.tandem.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.CurrentUser;
import org.tandem.account.Role;
import org.tandem.shared.ImportProperties;
import org.tandem.shared.ImportReader;
import org.tandem.shared.ImportRefusedException;
import org.tandem.shared.NotFoundException;

/**
 * Imports employers from a CSV or XLSX file into the recruitment of one programme, all or nothing: every row is
 * checked first, and only a file without problems is written, in one transaction. Name and city are the natural
 * key, so the same file imported twice changes nothing the second time; a known employer keeps its details and
 * only gets a recruitment in the programme if it had none there.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class EmployerImport {

    private static final int CHUNK = 500;

    private final EmployerRepository employers;
    private final EmployerSupport support;
    private final AccountService accounts;
    private final ImportProperties properties;
    private final Clock clock;

    EmployerImport(EmployerRepository employers, EmployerSupport support, AccountService accounts,
            ImportProperties properties, Clock clock) {
        this.employers = employers;
        this.support = support;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    public long maxBytes() {
        return properties.maxBytes().toBytes();
    }

    /** The programme's name, if the caller manages it; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public String programme(long programmeId) {
        requireProgramme(accounts.requireCurrent(), programmeId);
        return support.programmeNames().get(programmeId);
    }

    @Transactional
    public EmployerImportReport importInto(long programmeId, byte[] content) {
        var user = accounts.requireCurrent();
        requireProgramme(user, programmeId);
        if (content.length > maxBytes()) {
            throw new ImportRefusedException("import.file.tooLarge", maxBytes() / (1024 * 1024));
        }
        var sheet = new ImportReader(properties.maxRows()).read(content);
        var parsed = new EmployerImportParser().parse(sheet);
        if (!parsed.problems().isEmpty()) {
            return EmployerImportReport.rejected(sheet.rows().size(), parsed.problems());
        }
        return write(programmeId, parsed.rows(), user.displayName());
    }

    private EmployerImportReport write(long programmeId, List<EmployerImportParser.EmployerRow> rows, String by) {
        Instant now = Instant.now(clock);
        Map<String, Employer> known = known(rows);
        var created = new ArrayList<Employer>();
        int recruitments = 0;
        int unchanged = 0;
        for (var row : rows) {
            var employer = known.get(row.naturalKey());
            if (employer != null && employer.recruitment(programmeId).isPresent()) {
                unchanged++;
                continue;
            }
            if (employer == null) {
                employer = new Employer(row.details(), now);
                created.add(employer);
            }
            employer.recruitFor(programmeId, now, by);
            employer.pledge(programmeId, row.mentors(), row.hoursPerMonth(), null);
            for (PipelineStage stage : PipelineStage.values()) {
                if (stage.ordinal() > 0 && stage.ordinal() <= row.stage().ordinal()) {
                    employer.moveTo(programmeId, stage, null, now, by);
                }
            }
            var contact = row.contact();
            if (contact != null && employer.contacts().stream()
                    .noneMatch(c -> c.email().equalsIgnoreCase(contact.email().trim()))) {
                employer.addContact(contact, null);
            }
            recruitments++;
        }
        employers.saveAll(created);
        employers.flush();
        return new EmployerImportReport(true, rows.size(), created.size(), recruitments, unchanged, List.of());
    }

    private Map<String, Employer> known(List<EmployerImportParser.EmployerRow> rows) {
        var keys = rows.stream().map(EmployerImportParser.EmployerRow::naturalKey).toList();
        var known = new HashMap<String, Employer>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            for (Employer employer : employers.findByNaturalKeyIn(keys.subList(i, Math.min(keys.size(), i + CHUNK)))) {
                known.put(Employer.naturalKey(employer.name(), employer.city()), employer);
            }
        }
        return known;
    }

    /** Outside the caller's programmes (or not a coordinator or admin at all) the programme does not exist. */
    private void requireProgramme(CurrentUser user, long programmeId) {
        if (!(user.has(Role.ADMIN) || user.has(Role.COORDINATOR)) || !user.mayManageProgramme(programmeId)
                || !support.programmeExists(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }
}
