package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.activity.contact.ContactMomentService;
import org.tandem.activity.contact.MentorMoments;
import org.tandem.activity.contact.MomentPlanning;
import org.tandem.activity.contact.MomentRecording;
import org.tandem.activity.contact.StepStatus;
import org.tandem.activity.contact.Taker;
import org.tandem.activity.contact.Topic;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Programme B's employer contact moments on its default plan (start, midway, end, counted from the round's start for
 * released mentors without a duo): for every committed employer's released mentors some steps held (recorded on the
 * day, by the demo employer's own contact for its employees, by the coordinator for the others), some left overdue,
 * and the next step planned. A programme that has contact moments already is left as it is.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoContactMoments implements ApplicationRunner {

    private static final Topic[][] TOPICS = {
            {Topic.ROLE_IN_COMPANY, Topic.TIME_AND_RELEASE},
            {Topic.WHAT_MENTOR_LEARNED, Topic.WHAT_EMPLOYER_SEES},
            {Topic.ROLE_IN_COMPANY, Topic.WHAT_MENTOR_LEARNED, Topic.WHAT_EMPLOYER_SEES}};
    private static final String[] NOTES = {
            "Afspraken over de vrijgemaakte uren; past goed in het rooster.",
            "Mentor vertelt enthousiast over het duo; collega's vragen ernaar.",
            "Mentor wil de ervaring inzetten bij het inwerken van nieuwe collega's."};

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ContactMomentService contacts;
    private final DemoClock clock;

    DemoContactMoments(AccountService accounts, ProgrammeCatalogue catalogue, ContactMomentService contacts,
            DemoClock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.COORDINATOR, () -> {
            catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst()
                    .ifPresent(p -> moments(p.id()));
            return null;
        });
    }

    private void moments(long programmeId) {
        var overview = contacts.programme(programmeId);
        boolean any = overview.employers().stream().flatMap(e -> e.mentors().stream())
                .anyMatch(m -> !m.moments().isEmpty());
        if (any) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (var employer : overview.employers()) {
            String keeper = employer.name().startsWith("Bouwbedrijf Van Dijk") ? DemoEmployers.EMPLOYER_CONTACT
                    : DemoData.COORDINATOR;
            for (var mentor : employer.mentors()) {
                mentor(mentor, keeper, today, n++);
            }
        }
    }

    /** Held or left overdue by turns (every other mentor misses the latest due step); the next one planned. */
    private void mentor(MentorMoments mentor, String keeper, LocalDate today, int n) {
        var due = mentor.steps().stream().filter(s -> s.due() != null && s.due().isBefore(today)).toList();
        for (int i = 0; i < due.size(); i++) {
            StepStatus step = due.get(i);
            boolean missed = i == due.size() - 1 && n % 2 == 0 || n % 5 == 4;
            if (missed) {
                continue;
            }
            LocalDate held = step.due().minusDays(n % 4);
            int k = (n + i) % 3;
            clock.at(at(held, 16), () -> accounts.callAs(keeper, () -> contacts.recordHeld(new MomentRecording(
                    mentor.enrolmentId(), step.position(), held, k == 2
                            ? Set.of(Taker.MENTOR, Taker.EMPLOYER_CONTACT, Taker.MANAGER)
                            : Set.of(Taker.MENTOR, Taker.EMPLOYER_CONTACT), null, Set.of(TOPICS[k]), NOTES[k],
                    null))));
        }
        mentor.steps().stream().filter(s -> s.due() != null && !s.due().isBefore(today)).findFirst()
                .ifPresent(next -> {
                    LocalDate day = next.due().isAfter(today.plusDays(3)) ? next.due().minusDays(2)
                            : today.plusDays(3 + n % 4);
                    var start = LocalDateTime.of(day, LocalTime.of(10 + n % 5, 0));
                    accounts.callAs(keeper, () -> contacts.planMoment(new MomentPlanning(mentor.enrolmentId(),
                            next.position(), start, start.plusHours(1), "Kantoor " + mentor.employerName(), null,
                            null)));
                });
        if (mentor.steps().stream().allMatch(s -> s.due() != null && s.due().isBefore(today)) && n % 2 == 1) {
            // all steps are past: an extra moment planned to close the year
            var start = LocalDateTime.of(today.plusDays(5 + n % 3), LocalTime.of(14, 0));
            accounts.callAs(keeper, () -> contacts.planMoment(new MomentPlanning(mentor.enrolmentId(), null, start,
                    start.plusHours(1), null, "https://meet.example.org/werkgever", null)));
        }
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }
}
