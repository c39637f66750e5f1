package org.tandem.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.activity.intervision.GroupDetails;
import org.tandem.activity.intervision.IntervisionService;
import org.tandem.activity.intervision.IntervisionSessionView;
import org.tandem.activity.intervision.IntervisionTheme;
import org.tandem.activity.intervision.Presence;
import org.tandem.activity.intervision.SessionPlan;
import org.tandem.activity.intervision.SessionRecord;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ProgrammeMentor;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Programme B's two intervision groups, through the services on the demo clock: one in Amsterdam of the running
 * round's mentors (Henk Bakker, mentor@demo.tandem, among them), meeting every four weeks, and one online, every three
 * weeks. Each has past sessions with attendance and a record, and sessions ahead; the Amsterdam group's latest
 * session, two days ago, still waits for its attendance. A programme that has groups already is left as it is.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoIntervision implements ApplicationRunner {

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final IntervisionService intervision;
    private final ParticipantQueries participants;
    private final DemoClock clock;

    DemoIntervision(AccountService accounts, ProgrammeCatalogue catalogue, IntervisionService intervision,
            ParticipantQueries participants, DemoClock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.intervision = intervision;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.COORDINATOR, () -> {
            catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst()
                    .filter(p -> intervision.groups(p.id()).isEmpty()).ifPresent(p -> groups(p.id()));
            return null;
        });
    }

    private void groups(long programmeId) {
        var cohorts = catalogue.cohorts(programmeId);
        var running = cohorts.stream().filter(c -> c.name().equals("Ronde 2026")).findFirst().orElse(null);
        var next = cohorts.stream().filter(c -> c.name().equals("Ronde 2027")).findFirst().orElse(null);
        var amsterdam = catalogue.sites(programmeId).stream().filter(s -> s.city().equals("Amsterdam")).findFirst()
                .orElse(null);
        if (running == null || next == null || amsterdam == null) {
            return;
        }
        var mentors = participants.mentorsInOpenCohorts(programmeId).stream()
                .sorted(Comparator.comparingLong(ProgrammeMentor::enrolmentId)).toList();
        List<Long> runningMentors = mentors.stream().filter(m -> m.cohortId() == running.id())
                .map(ProgrammeMentor::enrolmentId).toList();
        List<Long> nextMentors = mentors.stream().filter(m -> m.cohortId() == next.id())
                .map(ProgrammeMentor::enrolmentId).toList();
        if (runningMentors.size() < 8 || nextMentors.size() < 2) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // Henk (mentor@demo.tandem) is the running round's first mentor
        long amsterdamGroup = group(programmeId, new GroupDetails("Intervisiegroep Amsterdam", amsterdam.id(),
                running.id(), "Marieke Smit", "marieke.smit@example.org", null), runningMentors.subList(0, 5),
                today.minusDays(70));
        var amsterdamSessions = clock.at(at(today.minusDays(70), 9), () -> intervision.planSessions(amsterdamGroup,
                new SessionPlan(today.minusDays(56).atTime(19, 0), today.minusDays(56).atTime(21, 0),
                        "Amsterdam, Mentorhuis (zaal 2)", null, 4, 5, null)));
        held(amsterdamSessions.get(0), Set.copyOf(runningMentors.subList(0, 4)),
                Set.of(IntervisionTheme.ROLE_AS_MENTOR, IntervisionTheme.BUILDING_TRUST), null,
                "Kennismaking; verwachtingen over de rol van mentor en hoe je vertrouwen opbouwt.");
        held(amsterdamSessions.get(1), Set.copyOf(runningMentors.subList(0, 5)),
                Set.of(IntervisionTheme.JOB_SEARCH, IntervisionTheme.BOUNDARIES), "Omgaan met teleurstelling",
                "Casus over een afgewezen sollicitatie; wat doe je wel en niet voor je mentee.");

        var onlineMembers = new java.util.ArrayList<>(runningMentors.subList(5, 8));
        onlineMembers.addAll(nextMentors.subList(0, 2));
        long onlineGroup = group(programmeId, new GroupDetails("Intervisiegroep online", null, null,
                "Youssef El Amrani", "youssef.elamrani@example.org", null), onlineMembers, today.minusDays(50));
        var onlineSessions = clock.at(at(today.minusDays(50), 9), () -> intervision.planSessions(onlineGroup,
                new SessionPlan(today.minusDays(35).atTime(19, 30), today.minusDays(35).atTime(21, 0), null,
                        "https://meet.example.org/intervisie-online", 3, 4, null)));
        held(onlineSessions.get(0), Set.copyOf(onlineMembers),
                Set.of(IntervisionTheme.LANGUAGE_AND_CULTURE, IntervisionTheme.MOTIVATION), null,
                "Taal als drempel in gesprekken met werkgevers; tips uitgewisseld.");
        held(onlineSessions.get(1), Set.copyOf(onlineMembers.subList(0, 3)), Set.of(IntervisionTheme.NETWORK,
                IntervisionTheme.EMPLOYER), null, "Hoe zet je je eigen netwerk in zonder te veel te beloven.");
    }

    private long group(long programmeId, GroupDetails details, List<Long> members, LocalDate formedOn) {
        return clock.at(at(formedOn, 8), () -> {
            long id = intervision.createGroup(programmeId, details).id();
            members.forEach(member -> intervision.addMember(id, member));
            return id;
        });
    }

    /** The evening of the session: who was there, and the facilitator's record (no names, no private details). */
    private void held(IntervisionSessionView session, Set<Long> present, Set<IntervisionTheme> themes,
            String other, String note) {
        LocalDateTime evening = session.endsAt().plusMinutes(30);
        clock.at(at(evening.toLocalDate(), evening.getHour()), () -> {
            var recorded = intervision.recordAttendance(session.id(), new Presence(present, null));
            intervision.recordSession(session.id(), new SessionRecord(themes, other, note, recorded.version()));
        });
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }
}
