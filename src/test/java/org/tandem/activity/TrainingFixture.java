package org.tandem.activity;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.account.AccountService;
import org.tandem.participant.ParticipantFixture;
import org.tandem.programme.ProgrammeKind;

/**
 * A recruiting programme with a training path (two required sessions, a required e-learning module, an optional
 * session; all three required ones make a mentor trained) and a session planned for each session module.
 */
@TestComponent
public class TrainingFixture {

    public record World(long programmeId, long cohortId, long siteId, long basics, long conversations,
            long online, long optional, long basicsSession, long conversationsSession, long optionalSession) {
    }

    private final ParticipantFixture participants;
    private final TrainingService training;
    private final AccountService accounts;

    TrainingFixture(ParticipantFixture participants, TrainingService training, AccountService accounts) {
        this.participants = participants;
        this.training = training;
        this.accounts = accounts;
    }

    public static PathDefinition path() {
        return new PathDefinition(null, List.of(
                new PathDefinition.ModuleLine(null, "Basics", true, ModuleKind.SESSION),
                new PathDefinition.ModuleLine(null, "Conversations", true, ModuleKind.SESSION),
                new PathDefinition.ModuleLine(null, "Online", true, ModuleKind.E_LEARNING),
                new PathDefinition.ModuleLine(null, "Extra", false, ModuleKind.SESSION)), null);
    }

    public static SessionDetails session(LocalDateTime start) {
        return new SessionDetails(start, start.plusHours(3), null, null, "Room 1", "Trainer T", 10, null);
    }

    public World world(String coordinator) {
        var setup = participants.recruitingProgramme(coordinator, ProgrammeKind.INTERGENERATIONAL);
        return accounts.callAs(coordinator, () -> {
            var path = training.definePath(setup.programmeId(), path());
            var modules = path.modules();
            var start = LocalDateTime.now().plusDays(7).withNano(0);
            long s1 = training.planSession(setup.programmeId(), modules.get(0).id(), session(start)).id();
            long s2 = training.planSession(setup.programmeId(), modules.get(1).id(), session(start.plusDays(1))).id();
            long s4 = training.planSession(setup.programmeId(), modules.get(3).id(), session(start.plusDays(2))).id();
            return new World(setup.programmeId(), setup.cohortId(), setup.siteId(), modules.get(0).id(),
                    modules.get(1).id(), modules.get(2).id(), modules.get(3).id(), s1, s2, s4);
        });
    }

    public long eligibleMentor(String coordinator, World world) {
        return participants.eligibleMentor(coordinator, world.cohortId(), world.siteId());
    }

    public long mentorAfterIntake(String coordinator, World world) {
        return participants.mentorAfterIntake(coordinator, world.cohortId(), world.siteId());
    }
}
