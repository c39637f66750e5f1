package org.tandem.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.duo.AgreedMode;
import org.tandem.duo.AgreementChange;
import org.tandem.duo.AgreementService;
import org.tandem.duo.ContractType;
import org.tandem.duo.DuoService;
import org.tandem.duo.DuoView;
import org.tandem.duo.MeetingEntry;
import org.tandem.duo.MeetingService;
import org.tandem.duo.OutcomeEntry;
import org.tandem.duo.OutcomeKind;
import org.tandem.duo.OutcomeMoment;
import org.tandem.duo.OutcomeService;
import org.tandem.duo.StageEntry;
import org.tandem.duo.StageProgressService;
import org.tandem.matching.MatchingService;
import org.tandem.participant.EducationSector;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.Sector;
import org.tandem.programme.CohortView;
import org.tandem.programme.MeetingFrequency;
import org.tandem.programme.ProgrammeCatalogue;
import org.tandem.programme.ProgrammeSummary;

/**
 * Duos, made the way coordinators and participants make them (matching run, answers, agreement, meetings, stages,
 * closure, outcomes): programme A's two pilots as completed cohorts with outcomes, and programme B's running round
 * with active duos that between them show every health signal. The services stamp 'now' on the steps they take;
 * for a story set in the past the demo then moves those few moments back (proposal, answers, agreement, start).
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoDuos implements ApplicationRunner {

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final ParticipantQueries participants;
    private final MatchingService matching;
    private final DuoService duos;
    private final AgreementService agreements;
    private final MeetingService meetings;
    private final StageProgressService stages;
    private final OutcomeService outcomes;
    private final DemoClock clock;

    DemoDuos(AccountService accounts, ProgrammeCatalogue catalogue, ParticipantQueries participants,
            MatchingService matching, DuoService duos, AgreementService agreements, MeetingService meetings,
            StageProgressService stages, OutcomeService outcomes, DemoClock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.participants = participants;
        this.matching = matching;
        this.duos = duos;
        this.agreements = agreements;
        this.meetings = meetings;
        this.stages = stages;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.COORDINATOR, () -> {
            programme(DemoData.PROGRAMME_A).ifPresent(programme -> {
                for (String name : List.of("Pilot 1", "Pilot 2")) {
                    cohort(programme.id(), name).filter(this::withoutDuos).ifPresent(this::completedPilot);
                }
            });
            programme(DemoData.PROGRAMME_B).ifPresent(programme -> cohort(programme.id(), "Ronde 2026")
                    .filter(this::withoutDuos).ifPresent(this::runningRound));
            return null;
        });
    }

    // --- programme A: completed pilots

    private void completedPilot(CohortView pilot) {
        if (participants.readyToMatch(pilot.id()).isEmpty()) {
            return;
        }
        Instant start = pilot.startDate().atTime(10, 0).toInstant(ZoneOffset.UTC);
        clock.at(start.minus(Duration.ofDays(21)), () -> publishAll(pilot, null));
        var list = duos.inCohort(pilot.id());
        accountsFor(list);
        Instant end = pilot.endDate().atTime(17, 0).toInstant(ZoneOffset.UTC);
        for (int i = 0; i < list.size(); i++) {
            var duo = list.get(i);
            var people = members(duo);
            start(duo, people, start.minus(Duration.ofDays(14)), start, MeetingFrequency.FORTNIGHTLY, 6);
            logMeetings(duo, people, pilot.startDate(), pilot.endDate(), 14, i);
            reachStages(duo.id(), pilot.startDate(), 4 + i % 4, 24);
            boolean continues = i % 3 != 2;
            clock.at(end, () -> duos.complete(duo.id(), pilot.endDate(), continues));
            pilotOutcomes(duo.id(), i, end);
        }
    }

    /** From the pilots' spreadsheets: at the end, and three and twelve months later. */
    private void pilotOutcomes(long duoId, int i, Instant end) {
        var teacherTraining = new OutcomeEntry(OutcomeKind.TEACHER_TRAINING, null, null, null, education(i), null);
        var teacher = new OutcomeEntry(OutcomeKind.TEACHER, null, 24 + i % 3 * 4, ContractType.FIXED_TERM,
                education(i), null);
        var searching = new OutcomeEntry(OutcomeKind.STILL_SEARCHING, null, null, null, null, null);
        var bank = new OutcomeEntry(OutcomeKind.JOB, Sector.FINANCE, 36, ContractType.PERMANENT, null, null);
        var other = new OutcomeEntry(OutcomeKind.OTHER, null, null, null, null, "Twijfelt nog; oriënteert zich verder");
        List<OutcomeEntry> story = switch (i % 5) {
            case 0 -> List.of(teacherTraining, teacherTraining, teacher);
            case 1 -> List.of(searching, teacherTraining, teacherTraining);
            case 2 -> List.of(teacher, teacher, teacher);
            case 3 -> List.of(other, other, bank);
            default -> List.of(searching, searching, other);
        };
        clock.at(end, () -> outcomes.record(duoId, OutcomeMoment.AT_END, story.get(0)));
        clock.at(end.plus(Duration.ofDays(92)), () -> outcomes.record(duoId, OutcomeMoment.MONTHS_3, story.get(1)));
        clock.at(end.plus(Duration.ofDays(366)), () -> outcomes.record(duoId, OutcomeMoment.MONTHS_12,
                story.get(2)));
    }

    private static EducationSector education(int i) {
        return EducationSector.values()[i % EducationSector.values().length];
    }

    // --- programme B: a running round, every health signal at least once

    private void runningRound(CohortView round) {
        if (participants.readyToMatch(round.id()).stream().noneMatch(c -> c.role().name().equals("MENTOR"))) {
            return;
        }
        long henk = participants.readyToMatch(round.id()).stream()
                .filter(c -> "Henk".equals(c.firstName()) && "Bakker".equals(c.lastName())).findFirst()
                .map(c -> c.enrolmentId()).orElse(-1L);
        long amal = participants.readyToMatch(round.id()).stream()
                .filter(c -> "Amal".equals(c.firstName()) && "Haddad".equals(c.lastName())).findFirst()
                .map(c -> c.enrolmentId()).orElse(-1L);
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        // the round was matched once, before its earliest duo started (six months ago, its end is near now)
        clock.at(today.minusMonths(6).atTime(10, 0).toInstant(ZoneOffset.UTC),
                () -> publishAll(round, new long[] {henk, amal}));
        var list = new ArrayList<>(duos.inCohort(round.id()));
        var demoPair = list.stream().filter(d -> d.mentorEnrolmentId() == henk && d.menteeEnrolmentId() == amal)
                .findFirst();
        // Henk and Amal (mentor@ and mentee@demo.tandem) met three days ago and have not answered yet
        demoPair.ifPresent(d -> duos.planIntroduction(d.id(), now.minus(Duration.ofDays(3))));
        demoPair.ifPresent(list::remove);
        accountsFor(list);
        int scenario = 0;
        for (var duo : list) {
            var people = members(duo);
            switch (scenario++ % 7) {
                case 0 -> { // healthy: weekly meetings, the last one three days ago
                    running(duo, people, today.minusDays(42), MeetingFrequency.WEEKLY, 6);
                    logMeetings(duo, people, today.minusDays(42), today.minusDays(3), 7, 0);
                    reachStages(duo.id(), today.minusDays(42), 2, 14);
                }
                case 1 -> { // no meeting logged for a month
                    running(duo, people, today.minusDays(63), MeetingFrequency.WEEKLY, 6);
                    logMeetings(duo, people, today.minusDays(63), today.minusDays(30), 7, 1);
                    reachStages(duo.id(), today.minusDays(63), 1, 14);
                }
                case 2 -> { // confirmed three weeks ago, agreement signed by the mentor only
                    Instant confirmed = now.minus(Duration.ofDays(21));
                    int version = clock.at(confirmed, () -> {
                        confirm(duo, people);
                        return accounts.callAs(people.mentor(), () -> agreements.save(duo.id(),
                                agreement(MeetingFrequency.WEEKLY, 6)));
                    });
                    clock.at(confirmed.plus(Duration.ofDays(2)), () -> accounts.callAs(people.mentor(), () -> {
                        agreements.sign(duo.id(), version);
                        return null;
                    }));
                }
                case 3 -> { // weekly agreed, three meetings in ten weeks
                    running(duo, people, today.minusDays(70), MeetingFrequency.WEEKLY, 6);
                    for (int days : new int[] {65, 30, 4}) {
                        meeting(duo, people.mentee(), today.minusDays(days), "Cv en motivatiebrief", null);
                    }
                    reachStages(duo.id(), today.minusDays(70), 2, 21);
                }
                case 4 -> { // planned end in a week
                    LocalDate start = today.minusMonths(6).plusDays(7);
                    running(duo, people, start, MeetingFrequency.FORTNIGHTLY, 6);
                    logMeetings(duo, people, start, today.minusDays(5), 14, 2);
                    reachStages(duo.id(), start, 4, 30);
                }
                case 5 -> { // introduced two days ago, nobody answered yet
                    duos.planIntroduction(duo.id(), now.minus(Duration.ofDays(2)));
                }
                default -> { // paused while the mentee is ill
                    running(duo, people, today.minusDays(49), MeetingFrequency.WEEKLY, 6);
                    logMeetings(duo, people, today.minusDays(49), today.minusDays(20), 7, 3);
                    duos.pause(duo.id(), "Mentee is een paar weken ziek");
                }
            }
        }
    }

    /** Confirmed a week before the given day, agreement signed by both on it: started then. */
    private void running(DuoView duo, Members people, LocalDate startedOn, MeetingFrequency frequency, int months) {
        Instant start = startedOn.atTime(18, 0).toInstant(ZoneOffset.UTC);
        start(duo, people, start.minus(Duration.ofDays(7)), start, frequency, months);
    }

    /** Both say yes and the mentee writes the agreement when {@code confirmed}; both sign it at {@code start}. */
    private void start(DuoView duo, Members people, Instant confirmed, Instant start, MeetingFrequency frequency,
            int months) {
        int version = clock.at(confirmed, () -> {
            confirm(duo, people);
            return accounts.callAs(people.mentee(), () -> agreements.save(duo.id(), agreement(frequency, months)));
        });
        clock.at(start, () -> {
            accounts.callAs(people.mentee(), () -> { agreements.sign(duo.id(), version); return null; });
            accounts.callAs(people.mentor(), () -> { agreements.sign(duo.id(), version); return null; });
        });
    }

    // --- the steps, as the people themselves take them

    /**
     * Runs matching over the cohort and publishes it; a mentee left over gets a free place by hand (as a
     * coordinator would, with a reason). With {@code pair} given, that mentor and mentee end up together: any other
     * partner of theirs is excluded and the cohort matched again.
     */
    private void publishAll(CohortView cohort, long[] pair) {
        long run = matching.run(cohort.id());
        for (int attempt = 0; pair != null && attempt < 6; attempt++) {
            var view = matching.view(run);
            boolean together = view.pairs().stream().anyMatch(p -> p.mentor().enrolmentId() == pair[0]
                    && p.mentee().enrolmentId() == pair[1]);
            if (together) {
                break;
            }
            for (var p : view.pairs()) {
                if (p.mentor().enrolmentId() == pair[0] ^ p.mentee().enrolmentId() == pair[1]) {
                    matching.exclude(run, p.mentor().enrolmentId(), p.mentee().enrolmentId());
                }
            }
            run = matching.rerun(run);
        }
        var view = matching.view(run);
        var used = new HashMap<Long, Integer>();
        view.pairs().forEach(p -> used.merge(p.mentor().enrolmentId(), 1, Integer::sum));
        for (var left : view.unmatched()) {
            var free = view.mentors().stream().filter(m -> m.capacity() > used.getOrDefault(m.enrolmentId(), 0))
                    .findFirst();
            if (free.isPresent()) {
                matching.addManualPair(run, free.get().enrolmentId(), left.mentee().enrolmentId(),
                        "Past volgens de coördinator goed bij elkaar");
                used.merge(free.get().enrolmentId(), 1, Integer::sum);
            }
        }
        matching.publish(run);
    }

    private void confirm(DuoView duo, Members people) {
        accounts.callAs(people.mentee(), () -> { duos.confirm(duo.id()); return null; });
        accounts.callAs(people.mentor(), () -> { duos.confirm(duo.id()); return null; });
    }

    private static AgreementChange agreement(MeetingFrequency frequency, int months) {
        return new AgreementChange("Netwerk uitbreiden\nSollicitatiegesprekken oefenen\nDoel voor na het traject kiezen",
                frequency, AgreedMode.MIXED, months, "Bibliotheek of online", "Dinsdagavond", true);
    }

    private void logMeetings(DuoView duo, Members people, LocalDate from, LocalDate until, int everyDays, int seed) {
        int n = 0;
        for (LocalDate day = from.plusDays(2); !day.isAfter(until); day = day.plusDays(everyDays), n++) {
            String author = (n + seed) % 2 == 0 ? people.mentee() : people.mentor();
            meeting(duo, author, day, null, n == 1 ? "Ik wil vaker vragen wat zij zelf wil." : null);
        }
        if (n > 0 && !until.isBefore(from)) {
            meeting(duo, people.mentee(), until, null, null);
        }
    }

    private void meeting(DuoView duo, String author, LocalDate day, String topic, String privateNote) {
        accounts.callAs(author, () -> {
            var themes = meetings.log(duo.id()).themes();
            String chosen = topic != null && themes.contains(topic) ? topic : themes.get(day.getDayOfYear() % themes.size());
            return meetings.record(duo.id(), new MeetingEntry(day, 60 + day.getDayOfMonth() % 3 * 15,
                    day.getDayOfMonth() % 4 == 0 ? AgreedMode.ONLINE : AgreedMode.IN_PERSON, List.of(chosen), "",
                    "We spraken over " + chosen.toLowerCase() + ".", privateNote));
        });
    }

    private void reachStages(long duoId, LocalDate from, int count, int everyDays) {
        var plan = stages.plan(duoId);
        for (int i = 0; i < count && i < plan.stages().size(); i++) {
            var line = plan.stages().get(i);
            LocalDate on = from.plusDays((long) (i + 1) * everyDays);
            if (on.isAfter(LocalDate.now(clock))) {
                return;
            }
            stages.record(duoId, new StageEntry(line.stageId(), on, i == 0 ? "Goede start" : null, false, null));
        }
    }

    // --- people

    private record Members(String mentor, String mentee) {
    }

    /** The duo's two people, each with an account (demo password) so that they take their own steps. */
    private Members members(DuoView duo) {
        return new Members(account(duo.mentorEnrolmentId(), Role.MENTOR), account(duo.menteeEnrolmentId(), Role.MENTEE));
    }

    private final Map<Long, String> emails = new HashMap<>();

    /** The accounts of all the duos' people at once: their one password is hashed once, not once a person. */
    private void accountsFor(List<DuoView> list) {
        var missing = new LinkedHashMap<String, NewUser>();
        for (var duo : list) {
            for (var member : List.of(Map.entry(duo.mentorEnrolmentId(), Role.MENTOR),
                    Map.entry(duo.menteeEnrolmentId(), Role.MENTEE))) {
                var person = participants.get(member.getKey()).person();
                if (!missing.containsKey(person.email()) && accounts.findByEmail(person.email()).isEmpty()) {
                    missing.put(person.email(), new NewUser(person.email(),
                            person.firstName() + " " + person.lastName(), DemoData.PASSWORD, Set.of(member.getValue())));
                }
            }
        }
        accounts.createAll(List.copyOf(missing.values()));
    }

    private String account(long enrolmentId, Role role) {
        return emails.computeIfAbsent(enrolmentId, id -> {
            var person = participants.get(id).person();
            if (accounts.findByEmail(person.email()).isEmpty()) {
                accounts.create(new NewUser(person.email(), person.firstName() + " " + person.lastName(),
                        DemoData.PASSWORD, Set.of(role)));
            }
            return person.email();
        });
    }

    private java.util.Optional<ProgrammeSummary> programme(String name) {
        return catalogue.all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private java.util.Optional<CohortView> cohort(long programmeId, String name) {
        return catalogue.cohorts(programmeId).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private boolean withoutDuos(CohortView cohort) {
        return duos.inCohort(cohort.id()).isEmpty();
    }
}
