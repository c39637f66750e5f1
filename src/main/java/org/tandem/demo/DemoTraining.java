package org.tandem.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.account.AccountService;
import org.tandem.activity.Attendance;
import org.tandem.activity.ModuleKind;
import org.tandem.activity.PathDefinition;
import org.tandem.activity.PathDefinition.ModuleLine;
import org.tandem.activity.SessionDetails;
import org.tandem.activity.TrainingPathView;
import org.tandem.activity.TrainingService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ProgrammeMentor;
import org.tandem.programme.ProgrammeCatalogue;

/**
 * Programme B's mentor training (its published method: eight modules, five of them required): past sessions with
 * attendance, through the services on the demo clock. The next round's first eight mentors completed the path (and
 * so became trained through the participant module) and are then ready to match; three are still in training: one
 * module short, two modules done, none yet. A programme that has a path already is left as it is.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoTraining implements ApplicationRunner {

    private final AccountService accounts;
    private final ProgrammeCatalogue catalogue;
    private final TrainingService training;
    private final ParticipantQueries participants;
    private final EnrolmentService enrolments;
    private final DemoClock clock;

    DemoTraining(AccountService accounts, ProgrammeCatalogue catalogue, TrainingService training,
            ParticipantQueries participants, EnrolmentService enrolments, DemoClock clock) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.training = training;
        this.participants = participants;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.callAs(DemoData.COORDINATOR, () -> {
            catalogue.all().stream().filter(p -> p.name().equals(DemoData.PROGRAMME_B)).findFirst()
                    .filter(p -> training.path(p.id()) == null).ifPresent(p -> train(p.id()));
            return null;
        });
    }

    private void train(long programmeId) {
        var cohort = catalogue.cohorts(programmeId).stream().filter(c -> c.name().equals("Ronde 2027"))
                .findFirst().orElse(null);
        if (cohort == null) {
            return;
        }
        List<ProgrammeMentor> mentors = participants.mentorsInOpenCohorts(programmeId).stream()
                .filter(m -> m.cohortId() == cohort.id() && m.status() == EnrolmentStatus.ELIGIBLE)
                .sorted(Comparator.comparingLong(ProgrammeMentor::enrolmentId)).toList();
        if (mentors.size() < 11) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        TrainingPathView path = clock.at(at(today.minusDays(70), 9), () -> training.definePath(programmeId,
                new PathDefinition(null, List.of(
                        new ModuleLine(null, "Rol en houding van de mentor", true, ModuleKind.SESSION),
                        new ModuleLine(null, "Interculturele communicatie", true, ModuleKind.SESSION),
                        new ModuleLine(null, "Coachende gesprekstechnieken", true, ModuleKind.SESSION),
                        new ModuleLine(null, "De arbeidsmarkt voor nieuwkomers", true, ModuleKind.E_LEARNING),
                        new ModuleLine(null, "Netwerken en solliciteren", true, ModuleKind.SESSION),
                        new ModuleLine(null, "Grenzen en zelfzorg", false, ModuleKind.SESSION),
                        new ModuleLine(null, "Digitale vaardigheden", false, ModuleKind.E_LEARNING),
                        new ModuleLine(null, "Werkgever en mentor", false, ModuleKind.SESSION)), null)));
        var modules = path.modules();
        Set<Long> trained = ids(mentors.subList(0, 8));
        long oneShort = mentors.get(8).enrolmentId();
        long twoDone = mentors.get(9).enrolmentId();
        // sessions every other week, the first one eight weeks ago; who was there
        session(programmeId, modules.get(0).id(), today.minusDays(56), "Amsterdam, Mentorhuis",
                plus(trained, oneShort, twoDone));
        session(programmeId, modules.get(1).id(), today.minusDays(42), "Amsterdam, Mentorhuis",
                plus(trained, oneShort, twoDone));
        session(programmeId, modules.get(2).id(), today.minusDays(28), "Utrecht, Stadskantoor", plus(trained, oneShort));
        session(programmeId, modules.get(5).id(), today.minusDays(21), "Online", Set.of(oneShort, twoDone));
        session(programmeId, modules.get(4).id(), today.minusDays(14), "Amsterdam, Mentorhuis", trained);
        for (long mentor : plus(trained, oneShort)) {
            clock.at(at(today.minusDays(35), 20), () -> training.completeElearning(modules.get(3).id(), mentor));
        }
        // trained through the path (participant module); the coordinator then puts them in the pool
        for (long mentor : trained) {
            clock.at(at(today.minusDays(13), 10), () -> enrolments.markReadyToMatch(mentor));
        }
    }

    private void session(long programmeId, long moduleId, LocalDate day, String place, Set<Long> present) {
        var start = day.atTime(13, 30);
        var session = clock.at(at(day.minusDays(21), 9), () -> training.planSession(programmeId, moduleId,
                new SessionDetails(start, start.plusHours(3), null, place.equals("Online")
                        ? "https://meet.example.org/kracht-van-mentorschap" : null,
                        place.equals("Online") ? null : place, "Trainer Kracht van Mentorschap", 12, null)));
        clock.at(at(day, 17), () -> training.recordAttendance(session.id(), new Attendance(present, null)));
    }

    private static Set<Long> ids(List<ProgrammeMentor> mentors) {
        return mentors.stream().map(ProgrammeMentor::enrolmentId).collect(Collectors.toSet());
    }

    private static Set<Long> plus(Set<Long> ids, long... more) {
        var all = new java.util.HashSet<>(ids);
        for (long id : more) {
            all.add(id);
        }
        return all;
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }
}
