package org.tandem.demo;

import java.util.List;
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
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.ParticipantQueries;
import org.tandem.employer.ContactDetails;
import org.tandem.employer.EmployerDetails;
import org.tandem.employer.EmployerSector;
import org.tandem.employer.EmployerService;
import org.tandem.employer.Nomination;
import org.tandem.employer.PipelineStage;
import org.tandem.employer.SizeBand;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.shared.Country;

/**
 * Synthetic employers of the intergenerational programme, spread over the pipeline so that its employer targets
 * show progress, with nominated mentors over 50. An employer that exists is left as it is.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoEmployers implements ApplicationRunner {

    static final String EMPLOYER_CONTACT = "employer@demo.tandem";
    static final String COHORT = "Ronde 2026";

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

    private final AccountService accounts;
    private final EmployerService employers;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final EnrolmentService enrolments;
    private final ConsentService consents;

    DemoEmployers(AccountService accounts, EmployerService employers, ProgrammeCatalogue catalogue,
            ParticipantQueries participants, EnrolmentService enrolments, ConsentService consents) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.consents = consents;
        this.accounts = accounts;
        this.employers = employers;
        this.catalogue = catalogue;
    }

    record Person(String firstName, String lastName, int birthYear) {
    }

    record DemoEmployer(EmployerDetails details, PipelineStage stage, int pledgedMentors, int hours,
            String contact, String contactRole, boolean demoAccount, List<Person> mentors) {
    }

    static final List<DemoEmployer> EMPLOYERS = List.of(
            new DemoEmployer(new EmployerDetails("Bouwbedrijf Van Dijk & Zonen", EmployerSector.CONSTRUCTION, true,
                    SizeBand.MEDIUM, Country.NL, "Rotterdam", "Synthetisch. Uitvoerders en timmerlieden van 55+."),
                    PipelineStage.ACTIVE, 5, 16, "Pieter Jansen", "HR-adviseur", true,
                    List.of(new Person("Johan", "de Boer", 1964), new Person("Gerrit", "Mulder", 1966),
                            new Person("Ria", "Vermeulen", 1970), new Person("Kees", "Smits", 1962))),
            new DemoEmployer(new EmployerDetails("Zorggroep Amstelland", EmployerSector.CARE, true, SizeBand.LARGE,
                    Country.NL, "Amsterdam", "Synthetisch. Verpleegkundigen en verzorgenden in ploegendienst."),
                    PipelineStage.ACTIVE, 6, 20, "Marieke Hendriks", "Teamleider opleidingen", false,
                    List.of(new Person("Anneke", "Visser", 1965), new Person("Els", "Peeters", 1968),
                            new Person("Wim", "Kuipers", 1963), new Person("Margreet", "Bos", 1971),
                            new Person("Hanneke", "Dekker", 1967))),
            new DemoEmployer(new EmployerDetails("Logistique Dupont", EmployerSector.LOGISTICS, false,
                    SizeBand.MEDIUM, Country.FR, "Paris", "Synthétique. Chauffeurs et magasiniers."),
                    PipelineStage.ACTIVE, 4, 12, "Claire Moreau", "Responsable RH", false,
                    List.of(new Person("Jean-Pierre", "Lefebvre", 1961), new Person("Sylvie", "Girard", 1969),
                            new Person("Michel", "Bonnet", 1964), new Person("Nathalie", "Roux", 1972))),
            new DemoEmployer(new EmployerDetails("Stad Brussel Diensten", EmployerSector.PUBLIC, false,
                    SizeBand.LARGE, Country.BE, "Brussel", "Synthetisch."),
                    PipelineStage.COMMITTED, 4, 8, "Luc Janssens", "Diversiteitsambtenaar", false,
                    List.of(new Person("Marc", "Claes", 1963), new Person("Hilde", "Wouters", 1966),
                            new Person("Dirk", "Maes", 1960), new Person("Greet", "Jacobs", 1974))),
            new DemoEmployer(new EmployerDetails("Schoonmaakbedrijf Helder", EmployerSector.CLEANING, true,
                    SizeBand.SMALL, Country.NL, "Rotterdam", "Synthetisch. Wil eerst een informatiebijeenkomst."),
                    PipelineStage.INTERESTED, 0, 0, "Fatima El Amrani", "Directeur", false, List.of()),
            new DemoEmployer(new EmployerDetails("Drukkerij Het Anker", EmployerSector.INDUSTRY, false,
                    SizeBand.SMALL, Country.NL, "Amsterdam", "Synthetisch."),
                    PipelineStage.DECLINED, 0, 0, "Bert Schouten", "Eigenaar", false, List.of()));

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.ADMIN, () -> {
            var programme = catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B))
                    .map(ProgrammeSummary::id).findFirst();
            if (programme.isEmpty()) {
                return null;
            }
            var cohort = catalogue.cohorts(programme.get()).stream().filter(c -> c.name().equals(COHORT))
                    .map(CohortView::id).findFirst().orElseThrow();
            for (var demo : EMPLOYERS) {
                if (employers.find(demo.details().name(), demo.details().city()).isEmpty()) {
                    create(demo, programme.get(), cohort);
                }
            }
            return null;
        });
    }

    private void create(DemoEmployer demo, long programmeId, long cohortId) {
        long id = employers.create(demo.details(), programmeId);
        String email = demo.contact().toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org";
        employers.addContact(id, new ContactDetails(demo.contact(), email, "+31 10 000 0000", demo.contactRole(),
                demo.demoAccount() ? EMPLOYER_CONTACT : null));
        var path = List.of(PipelineStage.CONTACTED, PipelineStage.INTERESTED, PipelineStage.COMMITTED,
                PipelineStage.ACTIVE);
        if (demo.stage() == PipelineStage.DECLINED) {
            employers.moveTo(id, programmeId, PipelineStage.CONTACTED, null);
            employers.moveTo(id, programmeId, PipelineStage.DECLINED,
                    "Geen ruimte om medewerkers vrij te maken dit jaar.");
        } else {
            for (var stage : path.subList(0, path.indexOf(demo.stage()) + 1)) {
                employers.moveTo(id, programmeId, stage, null);
            }
        }
        if (demo.pledgedMentors() > 0) {
            employers.pledge(id, programmeId, demo.pledgedMentors(), demo.hours(), null);
        }
        for (var person : demo.mentors()) {
            employers.nominate(id, new Nomination(cohortId, person.firstName(), person.lastName(),
                    mail(person), person.birthYear()));
        }
        if (demo.demoAccount()) {
            progress(id);
        }
        log.info("Demo employer {} ({})", demo.details().name(), demo.stage());
    }

    /**
     * The demo employer's own employees in several states for its home page: the first two trained, the third with
     * an intake planned, the last just nominated.
     */
    private void progress(long employerId) {
        var mentors = participants.mentorsOfEmployer(employerId);
        for (int i = 0; i < mentors.size() && i < 3; i++) {
            long enrolmentId = mentors.get(i).enrolmentId();
            enrolments.planIntake(enrolmentId, java.time.LocalDateTime.of(2026, 2, 12 + i, 10, 0));
            if (i == 2) {
                continue;
            }
            enrolments.recordIntake(enrolmentId, "Gemotiveerd; door de werkgever vrijgemaakt.",
                    java.util.EnumSet.copyOf(participants.get(enrolmentId).requiredChecks()));
            consents.give(enrolmentId, ConsentPurpose.PARTICIPATION);
            enrolments.declareEligible(enrolmentId);
            enrolments.markTrained(enrolmentId);
        }
    }

    private static String mail(Person person) {
        String name = (person.firstName() + "." + person.lastName()).toLowerCase(java.util.Locale.ROOT)
                .replace(' ', '-');
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                + "@example.org";
    }
}
