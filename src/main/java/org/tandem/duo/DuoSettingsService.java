package org.tandem.duo;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.DataVersion;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/**
 * A programme's duo settings. A programme that never changed them works with the defaults: 24 hours to confirm,
 * 21 days without a meeting, and the themes and code of conduct of its kind.
 */
@Service
@Transactional(readOnly = true)
public class DuoSettingsService {

    private static final Locale DEFAULT_TEXT = Locale.forLanguageTag("nl");

    private final DuoSettingsRepository settings;
    private final ProgrammeCatalogue catalogue;
    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final DataVersion.Kept<Long, HealthThresholds> thresholds;

    DuoSettingsService(DuoSettingsRepository settings, ProgrammeCatalogue catalogue, AccountService accounts,
            MessageSource messages, Clock clock, DataVersion version) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.thresholds = version.keep(1_000);
    }

    public DuoSettingsView view(long programmeId) {
        requireManage(programmeId);
        return settings.findById(programmeId).map(s -> DuoSettingsView.from(s, true))
                .orElseGet(() -> DuoSettingsView.from(defaults(programmeId), false));
    }

    @Transactional
    public void change(long programmeId, DuoSettingsChange change) {
        requireManage(programmeId);
        var stored = settings.findById(programmeId);
        if (change != null) {
            Versions.require(change.version(), stored.map(DuoSettings::version).orElse(-1L));
        }
        var current = stored.orElseGet(() -> defaults(programmeId));
        current.change(change, Instant.now(clock));
        settings.save(current);
    }

    /** The settings in force, for the module's own services (which check access themselves). */
    DuoSettings of(long programmeId) {
        return settings.findById(programmeId).orElseGet(() -> defaults(programmeId));
    }

    /** The health thresholds in force, kept until the data changes: a duo page and an at-risk list read them. */
    HealthThresholds thresholds(long programmeId) {
        return thresholds.get(programmeId, () -> HealthThresholds.of(of(programmeId)));
    }

    private DuoSettings defaults(long programmeId) {
        var rules = catalogue.rules(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
        ProgrammeKind kind = rules.kind();
        return DuoSettings.defaults(programmeId,
                messages.getMessage("duo.defaults.codeOfConduct." + kind, null, DEFAULT_TEXT),
                DuoSettings.lines(messages.getMessage("duo.defaults.themes." + kind, null, DEFAULT_TEXT)));
    }

    private void requireManage(long programmeId) {
        if (!accounts.requireCurrent().mayManageProgramme(programmeId)) {
            throw new NotFoundException("programme", programmeId);
        }
    }
}
