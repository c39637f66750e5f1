package org.tandem.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountService;
import org.tandem.participant.Availability;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.DigitalSkills;
import org.tandem.participant.EducationSector;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.IntakeCheck;
import org.tandem.participant.LanguageLevel;
import org.tandem.participant.MeetingMode;
import org.tandem.participant.NewEnrolment;
import org.tandem.participant.ParticipantFilter;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.participant.Profile;
import org.tandem.participant.Sector;
import org.tandem.programme.CohortView;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;
import org.tandem.programme.SiteView;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/**
 * Synthetic participants: programme A's 12 mentors (one with capacity 2) and 13 mentees, and programme B's mentees
 * at every intake status plus a pool ready to match in its next round. A cohort that has participants already is
 * left as it is.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoParticipants implements ApplicationRunner {

    private static final String[] FIRST = {"Anna", "Bram", "Carla", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Ivo",
            "Joost", "Karin", "Lucas", "Marloes", "Niels", "Olga", "Pieter", "Rosa", "Sem", "Tessa", "Wouter",
            "Youssef", "Fatima", "Mehmet", "Aisha", "Omar", "Leila", "Samir", "Nadia", "Karim", "Yasmina", "Bilal",
            "Sara", "Ahmed", "Zeynep", "Hamza", "Amira", "Tariq", "Lina", "Jamal", "Noor"};
    private static final String[] LAST = {"de Boer", "Visser", "Smit", "Meijer", "de Groot", "Mulder", "Bos", "Vos",
            "Peters", "Hendriks", "Dekker", "Brouwer", "Dubois", "Lambert", "Martin", "Bernard", "Claes", "Peeters",
            "El Amrani", "Yilmaz", "Benali", "Haddou", "Kaya", "Ouali"};

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final EnrolmentService enrolments;
    private final ConsentService consents;
    private final ParticipantQueries queries;
    private final Random random = new Random(2021);
    private final DemoClock clock;

    DemoParticipants(AccountService accounts, ProgrammeCatalogue catalogue, EnrolmentService enrolments,
            ConsentService consents, ParticipantQueries queries, DemoClock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.consents = consents;
        this.queries = queries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.ADMIN, () -> {
            programme(DemoData.PROGRAMME_A).ifPresent(this::careerSwitch);
            programme(DemoData.PROGRAMME_B).ifPresent(this::intergenerational);
            return null;
        });
    }

    private java.util.Optional<ProgrammeSummary> programme(String name) {
        return catalogue.all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private CohortView cohort(long programmeId, String name) {
        return catalogue.cohorts(programmeId).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean empty(CohortView cohort) {
        return queries.search(new ParticipantFilter(null, cohort.id(), null, null, null, null, null, null, null, null,
                0, 1)).total() == 0;
    }

    /** Teachers from po, vo, mbo and hbo mentor bankers into teaching; one mentor takes two mentees. */
    private void careerSwitch(ProgrammeSummary programme) {
        var pilots = List.of(cohort(programme.id(), "Pilot 1"), cohort(programme.id(), "Pilot 2"));
        int person = 0;
        for (int p = 0; p < pilots.size(); p++) {
            var pilot = pilots.get(p);
            int first = person;
            int mentees = p == 0 ? 7 : 6;
            boolean twoPlaces = p == 0;
            if (empty(pilot)) {
                // the pilot's people applied and went through intake two months before it started
                clock.at(pilot.startDate().minusMonths(2).atTime(10, 0).toInstant(ZoneOffset.UTC),
                        () -> enrolPilot(pilot, first, 6, mentees, twoPlaces));
            }
            person += 6 + mentees;
        }
    }

    private void enrolPilot(CohortView pilot, int first, int mentors, int mentees, boolean twoPlaces) {
        EducationSector[] sectors = EducationSector.values();
        int person = first;
        for (int i = 0; i < mentors; i++, person++) {
            var education = sectors[i % sectors.length];
            long id = enrolments.enrol(new NewEnrolment(pilot.id(), ParticipantRole.MENTOR,
                    person(person, 1960 + random.nextInt(20), "teacher"),
                    profile(Set.of(Sector.EDUCATION), education, 10 + random.nextInt(25)), null, null,
                    twoPlaces && i == 0 ? 2 : 1));
            ready(id, ParticipantRole.MENTOR);
        }
        for (int i = 0; i < mentees; i++, person++) {
            long id = enrolments.enrol(new NewEnrolment(pilot.id(), ParticipantRole.MENTEE,
                    person(person, 1975 + random.nextInt(20), "bank"),
                    profile(Set.of(Sector.FINANCE), sectors[i % sectors.length], 5 + random.nextInt(20)), null,
                    null, 1));
            ready(id, ParticipantRole.MENTEE);
        }
    }

    /** Mentees at every intake status in the running round; a pool ready to match in the next round. */
    private void intergenerational(ProgrammeSummary programme) {
        var running = cohort(programme.id(), "Ronde 2026");
        var next = cohort(programme.id(), "Ronde 2027");
        List<SiteView> sites = catalogue.sites(programme.id());
        if (empty(running)) {
            // the running round's people applied before it was matched, seven months ago (see DemoDuos)
            clock.at(LocalDate.now(clock).minusMonths(7).atTime(10, 0).toInstant(ZoneOffset.UTC),
                    () -> enrolRunning(running, sites, 100));
        }
        if (empty(next)) {
            enrolNext(next, sites, 124);
        }
    }

    private void enrolRunning(CohortView running, List<SiteView> sites, int first) {
        int person = first;
        var path = List.of(EnrolmentStatus.APPLIED, EnrolmentStatus.INTAKE_PLANNED, EnrolmentStatus.INTAKE_DONE,
                EnrolmentStatus.ELIGIBLE, EnrolmentStatus.READY_TO_MATCH, EnrolmentStatus.REJECTED,
                EnrolmentStatus.WITHDRAWN, EnrolmentStatus.READY_TO_MATCH, EnrolmentStatus.APPLIED);
        for (int i = 0; i < path.size(); i++, person++) {
            long id = enrolments.enrol(new NewEnrolment(running.id(), ParticipantRole.MENTEE,
                    person(person, 1998 + random.nextInt(8), "mentee"), youngProfile(),
                    sites.get(i % sites.size()).id(), null, 1));
            advanceTo(id, ParticipantRole.MENTEE, path.get(i));
        }
        // the round's duos (DemoDuos): mentors and mentees in Amsterdam who share Dutch; Henk and Amal are the
        // demo's mentor@ and mentee@ accounts
        for (int i = 0; i < 8; i++, person++) {
            var data = i == 0 ? new PersonData("Henk", "Bakker", "mentor@demo.tandem", null, 1964, Language.NL,
                    "Amsterdam", null, Country.NL) : person(person, 1958 + random.nextInt(15), "mentor");
            long mentor = enrolments.enrol(new NewEnrolment(running.id(), ParticipantRole.MENTOR, data,
                    dutchSpeaking(seniorProfile()), sites.get(0).id(), null, 1));
            ready(mentor, ParticipantRole.MENTOR);
        }
        for (int i = 0; i < 7; i++, person++) {
            var data = i == 0 ? new PersonData("Amal", "Haddad", "mentee@demo.tandem", null, 2002, Language.NL,
                    "Amsterdam", null, Country.NL) : person(person, 1998 + random.nextInt(8), "mentee");
            long mentee = enrolments.enrol(new NewEnrolment(running.id(), ParticipantRole.MENTEE, data,
                    dutchSpeaking(youngProfile()), sites.get(0).id(), null, 1));
            ready(mentee, ParticipantRole.MENTEE);
        }
    }

    private void enrolNext(CohortView next, List<SiteView> sites, int first) {
        int person = first;
        for (int i = 0; i < 8; i++, person++) {
            var data = person(person, 1958 + random.nextInt(15), "mentor");
            long mentor = enrolments.enrol(new NewEnrolment(next.id(), ParticipantRole.MENTOR, data, seniorProfile(),
                    sites.get(i % sites.size()).id(), null, i % 3 == 0 ? 2 : 1));
            // trained through the training path's attendance (DemoTraining), then ready to match
            advanceTo(mentor, ParticipantRole.MENTOR, EnrolmentStatus.ELIGIBLE);
        }
        for (int i = 0; i < 12; i++, person++) {
            var data = person(person, 1998 + random.nextInt(8), "mentee");
            long mentee = enrolments.enrol(new NewEnrolment(next.id(), ParticipantRole.MENTEE, data, youngProfile(),
                    sites.get(i % sites.size()).id(), null, 1));
            ready(mentee, ParticipantRole.MENTEE);
        }
        // mentors still in training (DemoTraining): one module short, two modules done, none yet
        for (int i = 0; i < 3; i++, person++) {
            var data = person(person, 1958 + random.nextInt(15), "mentor");
            long mentor = enrolments.enrol(new NewEnrolment(next.id(), ParticipantRole.MENTOR, data, seniorProfile(),
                    sites.get(i % sites.size()).id(), null, 1));
            advanceTo(mentor, ParticipantRole.MENTOR, EnrolmentStatus.ELIGIBLE);
        }
    }

    private void ready(long id, ParticipantRole role) {
        advanceTo(id, role, EnrolmentStatus.READY_TO_MATCH);
    }

    /** Walks an enrolment along the intake pipeline as a coordinator would. */
    private void advanceTo(long id, ParticipantRole role, EnrolmentStatus target) {
        if (target == EnrolmentStatus.APPLIED) {
            return;
        }
        if (target == EnrolmentStatus.WITHDRAWN) {
            enrolments.withdraw(id, "Heeft werk gevonden voor de start");
            return;
        }
        enrolments.planIntake(id, java.time.LocalDateTime.of(2026, 2, 10 + random.nextInt(15), 10, 0));
        if (target == EnrolmentStatus.INTAKE_PLANNED) {
            return;
        }
        var view = queries.get(id);
        enrolments.recordIntake(id, "Gemotiveerd; duidelijke vraag.", EnumSet.copyOf(view.requiredChecks()));
        if (target == EnrolmentStatus.INTAKE_DONE) {
            return;
        }
        if (target == EnrolmentStatus.REJECTED) {
            enrolments.reject(id, "Past beter bij een ander programma");
            return;
        }
        consents.give(id, ConsentPurpose.PARTICIPATION);
        consents.give(id, ConsentPurpose.PROFILE_SHARING);
        enrolments.declareEligible(id);
        if (target == EnrolmentStatus.ELIGIBLE) {
            return;
        }
        if (role == ParticipantRole.MENTOR) {
            enrolments.markTrained(id);
        }
        enrolments.markReadyToMatch(id);
    }

    private PersonData person(int n, int birthYear, String tag) {
        String first = FIRST[n % FIRST.length];
        String last = LAST[(n * 7) % LAST.length];
        String email = (first + "." + last).toLowerCase().replace(" ", "") + "." + tag + n + "@example.org";
        Country country = n % 5 == 3 ? Country.BE : n % 7 == 4 ? Country.FR : Country.NL;
        return new PersonData(first, last, email, null, birthYear, country == Country.FR ? Language.FR : Language.NL,
                country == Country.FR ? "Paris" : country == Country.BE ? "Brussel" : "Rotterdam", null, country);
    }

    private Profile profile(Set<Sector> sectors, EducationSector education, int years) {
        return new Profile(Map.of(Language.NL, LanguageLevel.NATIVE, Language.EN, LanguageLevel.B2), sectors,
                education, availability(), MeetingMode.BOTH, Set.of("lezen", "sport"), DigitalSkills.GOOD, years, null,
                null, null, null);
    }

    private Profile seniorProfile() {
        Sector[] sectors = {Sector.LOGISTICS, Sector.CONSTRUCTION, Sector.CARE, Sector.FINANCE, Sector.ICT};
        return new Profile(Map.of(Language.NL, LanguageLevel.NATIVE, Language.FR, LanguageLevel.values()[2 + random.nextInt(4)]),
                Set.of(sectors[random.nextInt(sectors.length)]), null, availability(), MeetingMode.values()[random.nextInt(3)],
                Set.of("fietsen", "koken"), DigitalSkills.values()[random.nextInt(3)], 20 + random.nextInt(20),
                null, null, null, null);
    }

    private Profile youngProfile() {
        Sector[] sectors = {Sector.LOGISTICS, Sector.CONSTRUCTION, Sector.CARE, Sector.ICT, Sector.HOSPITALITY};
        Language[] home = {Language.AR, Language.TR, Language.TI, Language.FA, Language.SO};
        return new Profile(Map.of(Language.NL, LanguageLevel.values()[1 + random.nextInt(3)],
                home[random.nextInt(home.length)], LanguageLevel.NATIVE),
                Set.of(sectors[random.nextInt(sectors.length)]), null, availability(), MeetingMode.values()[random.nextInt(3)],
                Set.of("voetbal", "muziek"), DigitalSkills.values()[random.nextInt(3)], random.nextInt(4),
                "Een vaste baan in mijn vak", "Netwerk en sollicitatietips", null, null);
    }

    /** The same profile with Dutch at B2 or better, so that the shared-language rule lets them match. */
    private static Profile dutchSpeaking(Profile p) {
        var languages = new java.util.HashMap<>(p.languages());
        languages.merge(Language.NL, LanguageLevel.B2, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return new Profile(languages, p.sectors(), p.educationSector(), p.availability(), p.meetingMode(),
                p.interests(), p.digitalSkills(), p.yearsOfExperience(), p.ambition(), p.needs(), p.gender(),
                p.genderPreference());
    }

    private Availability availability() {
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            bits |= 1 << random.nextInt(21);
        }
        return new Availability(bits);
    }
}
