package org.tandem.demo;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.research.ExportFormat;
import org.tandem.research.ResearchService;

/**
 * A research project on programme B with the demo researcher on it, and one export by that researcher so that the
 * log shows a line. Left as it is when the programme has a project already.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoResearch implements ApplicationRunner {

    static final String RESEARCHER = "researcher@demo.tandem";
    static final String PROJECT = "Ervaringen van 50+-mentoren";

    private static final Logger log = LoggerFactory.getLogger(DemoResearch.class);

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ResearchService research;

    DemoResearch(AccountService accounts, ProgrammeCatalogue catalogue, ResearchService research) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.research = research;
    }

    @Override
    public void run(ApplicationArguments args) {
        var programme = catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst();
        if (programme.isEmpty()) {
            return;
        }
        long programmeId = programme.get().id();
        Long projectId = accounts.callAs(DemoData.COORDINATOR, () -> {
            if (research.projects().stream().anyMatch(p -> p.programmeId() == programmeId)) {
                return null;
            }
            long id = research.create(programmeId, PROJECT,
                    "Hoe ervaren werknemers van 50+ het mentorschap, en wat levert het hun en hun mentees op? "
                            + "Zelfvertrouwen, competenties en duurzame inzetbaarheid voor en na. Synthetische demo.");
            research.addResearcher(id, accounts.findByEmail(RESEARCHER).orElseThrow().id());
            return id;
        });
        if (projectId != null) {
            accounts.callAs(RESEARCHER, () -> {
                try {
                    var file = research.export(projectId, ExportFormat.ZIP, false, Locale.forLanguageTag("nl"));
                    log.info("Demo research export: {} people, {} rows", file.people(), file.rows());
                } catch (RuntimeException e) {
                    log.warn("Demo research export not made: {}", e.getMessage());
                }
                return null;
            });
        }
    }
}
