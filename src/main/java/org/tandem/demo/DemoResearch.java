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
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.research.ExportFormat;
import org.tandem.research.ResearchService;

/**
 * A research project on programme B with the demo researcher on it, the programme's mentees' research consent (its
 * mentors gave theirs for the surveys), and one export by that researcher so that the log shows a line. Left as it
 * is when the programme has a project already.
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
    private final ParticipantQueries participants;
    private final ConsentService consents;

    DemoResearch(AccountService accounts, ProgrammeCatalogue catalogue, ResearchService research,
            ParticipantQueries participants, ConsentService consents) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.research = research;
        this.participants = participants;
        this.consents = consents;
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
            // the running round's mentees gave their research consent at the intake too, so that the export has duos
            for (var cohort : catalogue.cohorts(programmeId)) {
                participants.cohortMembers(cohort.id(), ParticipantRole.MENTEE).stream()
                        .filter(m -> !m.researchConsent())
                        .forEach(m -> consents.give(m.enrolmentId(), ConsentPurpose.RESEARCH));
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
