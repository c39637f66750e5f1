package org.tandem.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.activity.workshop.Audience;
import org.tandem.activity.workshop.WorkshopDetails;
import org.tandem.activity.workshop.WorkshopService;
import org.tandem.participant.EnrolmentSummary;
import org.tandem.participant.ParticipantFilter;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Programme B's workshops on labour-market themes, through the services on the demo clock: one held three weeks ago
 * with its attendance (and two no-shows), one this evening whose attendance is to be taken at the door, and one in
 * ten days that is full, with a waiting list, which Henk (mentor@demo.tandem) registered for himself. Programme A
 * gets an information evening for mentees and a short preparation meeting for its mentors. A programme that has
 * workshops already is left as it is.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoWorkshops implements ApplicationRunner {

    static final String FULL = "Je cv en motivatiebrief";
    static final String TONIGHT = "Solliciteren bij een werkgever";
    static final List<String> THEMES = List.of("Solliciteren en sollicitatiegesprekken", "Cv en motivatiebrief",
            "Netwerken en LinkedIn", "De Nederlandse arbeidsmarkt", "Werken met een contract: rechten en plichten",
            "Werkgever en mentor");

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final WorkshopService workshops;
    private final ParticipantQueries participants;
    private final DemoClock clock;

    DemoWorkshops(AccountService accounts, ProgrammeCatalogue catalogue, WorkshopService workshops,
            ParticipantQueries participants, DemoClock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.workshops = workshops;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.COORDINATOR, () -> {
            programme(DemoData.PROGRAMME_B).ifPresent(this::intergenerational);
            programme(DemoData.PROGRAMME_A).ifPresent(this::careerSwitch);
            return null;
        });
    }

    private java.util.Optional<Long> programme(String name) {
        return catalogue.all().stream().filter(p -> p.name().equals(name)).findFirst().map(p -> p.id())
                .filter(id -> workshops.workshops(id).isEmpty());
    }

    private void intergenerational(long programmeId) {
        var sites = catalogue.sites(programmeId);
        if (sites.isEmpty()) {
            return;
        }
        long amsterdam = sites.get(0).id();
        LocalDate today = LocalDate.now(clock);
        clock.at(at(today.minusDays(60), 9), () -> workshops.defineThemes(programmeId, THEMES, null));
        var mentees = enrolled(programmeId, ParticipantRole.MENTEE).stream()
                .filter(e -> !e.email().equalsIgnoreCase("mentee@demo.tandem")).toList();
        var mentors = enrolled(programmeId, ParticipantRole.MENTOR).stream()
                .filter(e -> !e.email().equalsIgnoreCase("mentor@demo.tandem")).toList();
        if (mentees.size() < 10 || mentors.size() < 4) {
            return;
        }

        // three weeks ago: eight registered, six came
        var held = plan(programmeId, today.minusDays(42), new WorkshopDetails("Netwerken: je eerste stap naar werk",
                "Netwerken en LinkedIn", "Hoe bouw je een netwerk op in een nieuw land? Met oefeningen in tweetallen.",
                Audience.BOTH, null, today.minusDays(21).atTime(14, 0), today.minusDays(21).atTime(16, 30), amsterdam,
                "Amsterdam, Openbare Bibliotheek", null, 12, null, null, 24, null));
        var heldBy = List.of(mentees.get(0), mentees.get(1), mentees.get(2), mentees.get(3), mentees.get(4),
                mentors.get(0), mentors.get(1), mentors.get(2));
        clock.at(at(today.minusDays(35), 11), () -> heldBy.forEach(e -> workshops.registerSomebody(held, e.id())));
        clock.at(at(today.minusDays(21), 14), () -> workshops.registrants(held).stream().limit(6)
                .forEach(r -> workshops.markAttendance(held, r.id(), true)));

        // this evening: attendance at the door
        var tonight = plan(programmeId, today.minusDays(20), new WorkshopDetails(TONIGHT,
                "Solliciteren en sollicitatiegesprekken", "Een sollicitatiegesprek oefenen met recruiters van "
                        + "werkgevers uit het programma.", Audience.MENTEES, null, today.atTime(18, 30),
                today.atTime(20, 30), amsterdam, "Amsterdam, Mentorhuis", null, 10, null, null, 24, null));
        clock.at(at(today.minusDays(10), 10), () -> mentees.subList(5, 10)
                .forEach(e -> workshops.registerSomebody(tonight, e.id())));

        // in ten days: full, with a waiting list; Henk registered himself
        var full = plan(programmeId, today.minusDays(7), new WorkshopDetails(FULL, "Cv en motivatiebrief",
                "Neem je cv mee: we werken het samen bij, mentor en mentee.", Audience.BOTH, null,
                today.plusDays(10).atTime(10, 0), today.plusDays(10).atTime(12, 30), amsterdam,
                "Amsterdam, Mentorhuis", null, 6, null, today.plusDays(9).atTime(12, 0), 48, null));
        clock.at(at(today.minusDays(6), 20), () -> accounts.callAs("mentor@demo.tandem",
                () -> workshops.register(full)));
        clock.at(at(today.minusDays(5), 10), () -> {
            List.of(mentees.get(0), mentees.get(6), mentors.get(3), mentees.get(7), mentees.get(8))
                    .forEach(e -> workshops.registerSomebody(full, e.id()));
            workshops.registerSomebody(full, mentees.get(9).id());
        });
    }

    private void careerSwitch(long programmeId) {
        LocalDate today = LocalDate.now(clock);
        clock.at(at(today.minusDays(3), 9), () -> workshops.defineThemes(programmeId,
                List.of("Voor de klas: je eerste les", "De lerarenopleiding", "Werken in het onderwijs"), null));
        plan(programmeId, today.minusDays(3), new WorkshopDetails("Informatieavond lerarenopleiding",
                "De lerarenopleiding", "Hoe kom je als zij-instromer in de opleiding? Met oud-deelnemers.",
                Audience.MENTEES, null, today.plusDays(14).atTime(19, 0), today.plusDays(14).atTime(21, 0), null,
                null, "https://meet.example.org/zij-instroom", 40, null, null, 24, null));
        // the programme's short preparation meeting for its mentors before the duos start
        plan(programmeId, today.minusDays(3), new WorkshopDetails("Voorbereidende bijeenkomst voor mentoren",
                "Werken in het onderwijs", "Een uur vooraf: wat een zij-instromer van u vraagt en hoe een duo verloopt.",
                Audience.MENTORS, null, today.plusDays(7).atTime(16, 0), today.plusDays(7).atTime(17, 0), null,
                null, "https://meet.example.org/voorbereiding", 30, null, null, 24, null));
    }

    private long plan(long programmeId, LocalDate on, WorkshopDetails details) {
        return clock.at(at(on, 9), () -> workshops.plan(programmeId, details)).id();
    }

    private List<EnrolmentSummary> enrolled(long programmeId, ParticipantRole role) {
        var cohort = catalogue.cohorts(programmeId).stream().filter(c -> c.name().equals("Ronde 2026"))
                .findFirst().orElse(null);
        if (cohort == null) {
            return List.of();
        }
        return participants.search(new ParticipantFilter(programmeId, cohort.id(), role, null, null, null, null,
                null, null, null, 0, ParticipantFilter.MAX_SIZE)).items().stream()
                .filter(e -> e.status().isEnrolled())
                .sorted(Comparator.comparingLong(EnrolmentSummary::id)).toList();
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }
}
