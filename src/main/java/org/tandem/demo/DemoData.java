package org.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.programme.CohortDetails;
import org.tandem.programme.CohortKind;
import org.tandem.programme.Comparator;
import org.tandem.programme.MeetingFrequency;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeDetails;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeStatus;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/**
 * Loads the demo accounts and programmes on the embedded default. Each part is looked up before it is made,
 * so a restart never duplicates anything. Never active in the postgres (production) profile.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "tandem-demo";
    static final String ADMIN = "admin@demo.tandem";
    static final String COORDINATOR = "coordinator@demo.tandem";
    static final String PROGRAMME_A = "Mentoring zij-instroom";
    static final String PROGRAMME_B = "Kracht van Mentorschap";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final ProgrammeService programmes;

    DemoData(AccountService accounts, ProgrammeService programmes) {
        this.accounts = accounts;
        this.programmes = programmes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var missing = new ArrayList<NewUser>();
        user(ADMIN, "Demo Admin", Role.ADMIN, missing);
        user(COORDINATOR, "Sanne de Vries", Role.COORDINATOR, missing);
        user("employer@demo.tandem", "Pieter Jansen", Role.EMPLOYER_CONTACT, missing);
        user("mentor@demo.tandem", "Henk Bakker", Role.MENTOR, missing);
        user("mentee@demo.tandem", "Amal Haddad", Role.MENTEE, missing);
        user("researcher@demo.tandem", "Dr. Lotte Visser", Role.RESEARCHER, missing);
        accounts.createAll(missing);
        missing.forEach(user -> log.info("Demo account {} ({})", user.email(), user.roles()));
        accounts.callAs(ADMIN, () -> {
            var existing = programmes.list().stream().map(ProgrammeSummary::name).toList();
            long coordinator = accounts.findByEmail(COORDINATOR).orElseThrow().id();
            if (!existing.contains(PROGRAMME_A)) {
                programmes.assignCoordinator(careerSwitch(), coordinator);
            }
            if (!existing.contains(PROGRAMME_B)) {
                programmes.assignCoordinator(intergenerational(), coordinator);
            }
            // the demo researcher sees the analyses of both programmes' evaluations
            long researcher = accounts.findByEmail("researcher@demo.tandem").orElseThrow().id();
            for (var programme : programmes.list()) {
                if (programmes.researchers(programme.id()).stream().noneMatch(user -> user.id() == researcher)) {
                    programmes.assignResearcher(programme.id(), researcher);
                }
            }
            return null;
        });
    }

    private void user(String email, String name, Role role, List<NewUser> missing) {
        if (accounts.findByEmail(email).isEmpty()) {
            missing.add(new NewUser(email, name, PASSWORD, Set.of(role)));
        }
    }

    private long careerSwitch() {
        long id = programmes.create(new ProgrammeDetails(PROGRAMME_A,
                "Leraren en schoolleiders uit po, vo, mbo en hbo begeleiden experts uit de financiële sector "
                        + "die de overstap naar het onderwijs maken (zij-instroom). Synthetische demo.",
                ProgrammeKind.CAREER_SWITCH, EnumSet.of(Language.NL), 6, MeetingFrequency.FORTNIGHTLY, null, null));
        // Example stage names: the programme's own seven stages are not public.
        for (var stage : List.of("Oriëntatie op het onderwijs", "Meelopen op een school",
                "Keuze van sector en vak", "Geschiktheid en bevoegdheid", "Opleiding en financiering",
                "Solliciteren", "Voor de klas")) {
            programmes.addStage(id, stage, null);
        }
        programmes.addSite(id, "Amsterdam", Country.NL);
        programmes.addCohort(id, new CohortDetails("Pilot 1", CohortKind.PILOT, LocalDate.of(2021, 9, 1),
                LocalDate.of(2022, 2, 28)));
        programmes.addCohort(id, new CohortDetails("Pilot 2", CohortKind.PILOT, LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 12, 31)));
        programmes.addTarget(id, Metric.DUOS_FORMED, Comparator.AT_LEAST, 12);
        programmes.addTarget(id, Metric.MENTEES_ENROLLED, Comparator.AT_LEAST, 12);
        programmes.addTarget(id, Metric.DUOS_COMPLETED, Comparator.AT_LEAST, 12);
        programmes.addTarget(id, Metric.POSITIVE_EXIT_RATE, Comparator.AT_LEAST, 60);
        programmes.addTarget(id, Metric.MENTORS_STARTING_ANOTHER_DUO, Comparator.AT_LEAST, 50);
        // the pilots ended in 2022 and their people are asked again for the research's follow-up: ten years, so that
        // the demo's first night does not erase them; programme B keeps the defaults (24 and 6 months)
        programmes.keepDataFor(id, 120, 6);
        programmes.changeStatus(id, ProgrammeStatus.RECRUITING);
        programmes.changeStatus(id, ProgrammeStatus.RUNNING);
        return id;
    }

    private long intergenerational() {
        long id = programmes.create(new ProgrammeDetails(PROGRAMME_B,
                "Werknemers van 50+, vrijgemaakt door hun werkgever, begeleiden jonge nieuwkomers met een "
                        + "migratieachtergrond naar werk. Synthetische demo.",
                ProgrammeKind.INTERGENERATIONAL, EnumSet.of(Language.NL, Language.FR, Language.EN), 6,
                MeetingFrequency.WEEKLY, 50, 30));
        for (var stage : List.of("Kennismaking", "Overeenkomst en doelen", "Netwerk en arbeidsmarkt",
                "Solliciteren", "Afronding")) {
            programmes.addStage(id, stage, null);
        }
        programmes.addSite(id, "Amsterdam", Country.NL);
        programmes.addSite(id, "Rotterdam", Country.NL);
        programmes.addSite(id, "Brussel", Country.BE);
        programmes.addSite(id, "Paris", Country.FR);
        programmes.addCohort(id, new CohortDetails("Ronde 2026", CohortKind.ROUND, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31)));
        programmes.addCohort(id, new CohortDetails("Ronde 2027", CohortKind.ROUND, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 7, 31)));
        programmes.addTarget(id, Metric.EMPLOYERS_COMMITTED, Comparator.AT_LEAST, 5);
        programmes.addTarget(id, Metric.HEAVY_PROFESSION_EMPLOYERS, Comparator.AT_LEAST, 2);
        programmes.addTarget(id, Metric.MENTORS_PER_EMPLOYER, Comparator.AT_LEAST, 4);
        programmes.addTarget(id, Metric.DUOS_FORMED, Comparator.AT_LEAST, 24);
        programmes.addTarget(id, Metric.SITES, Comparator.AT_LEAST, 3);
        programmes.changeStatus(id, ProgrammeStatus.RECRUITING);
        programmes.changeStatus(id, ProgrammeStatus.RUNNING);
        return id;
    }
}
