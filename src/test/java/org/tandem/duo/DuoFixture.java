package org.tandem.duo;

import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.programme.MeetingFrequency;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/**
 * Duos at a given step, with accounts for both members (password {@link TestUsers#PASSWORD}), set up by
 * {@link TestUsers#COORDINATOR} in a programme of their own. Import together with {@link ParticipantFixture}.
 */
@TestComponent
public class DuoFixture {

    /** A duo and the people in it. */
    public record World(long programmeId, long cohortId, long siteId, long mentorEnrolmentId, String mentorEmail,
            long menteeEnrolmentId, String menteeEmail, long duoId) {
    }

    private final ParticipantFixture programmes;
    private final AccountService accounts;
    private final DuoService duos;
    private final DuoRepository repository;
    private final TestUsers users;
    private final TransactionTemplate transaction;
    private final AgreementService agreements;

    DuoFixture(ParticipantFixture programmes, AccountService accounts, DuoService duos,
            DuoRepository repository, TestUsers users, PlatformTransactionManager transactions,
            AgreementService agreements) {
        this.programmes = programmes;
        this.accounts = accounts;
        this.duos = duos;
        this.repository = repository;
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
        this.agreements = agreements;
    }

    public World proposed() {
        return proposed(ProgrammeKind.INTERGENERATIONAL, 1);
    }

    /** A new programme and cohort, a mentor with the given places, a mentee, and their proposed duo. */
    public World proposed(ProgrammeKind kind, int mentorCapacity) {
        users.ensure();
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, kind);
        String mentorEmail = member(ParticipantRole.MENTOR);
        String menteeEmail = member(ParticipantRole.MENTEE);
        long mentor = ready(setup, ParticipantRole.MENTOR, mentorEmail, mentorCapacity);
        long mentee = ready(setup, ParticipantRole.MENTEE, menteeEmail, 1);
        long duo = proposeAs(setup.programmeId(), setup.cohortId(), mentor, mentee, 1);
        return new World(setup.programmeId(), setup.cohortId(), setup.siteId(), mentor, mentorEmail, mentee,
                menteeEmail, duo);
    }

    /** Another mentee for the same mentor (who needs a free place), proposed from another run. */
    public World anotherMentee(World world, long run) {
        String menteeEmail = member(ParticipantRole.MENTEE);
        var setup = new ParticipantFixture.Setup(world.programmeId(), world.cohortId(), world.siteId());
        long mentee = ready(setup, ParticipantRole.MENTEE, menteeEmail, 1);
        long duo = proposeAs(world.programmeId(), world.cohortId(), world.mentorEnrolmentId(), mentee, run);
        return new World(world.programmeId(), world.cohortId(), world.siteId(), world.mentorEnrolmentId(),
                world.mentorEmail(), mentee, menteeEmail, duo);
    }

    /** Another mentor and another mentee of the same cohort, proposed as a duo. */
    public World anotherDuo(World world) {
        String mentorEmail = member(ParticipantRole.MENTOR);
        String menteeEmail = member(ParticipantRole.MENTEE);
        var setup = new ParticipantFixture.Setup(world.programmeId(), world.cohortId(), world.siteId());
        long mentor = ready(setup, ParticipantRole.MENTOR, mentorEmail, 1);
        long mentee = ready(setup, ParticipantRole.MENTEE, menteeEmail, 1);
        long duo = proposeAs(world.programmeId(), world.cohortId(), mentor, mentee, 1);
        return new World(world.programmeId(), world.cohortId(), world.siteId(), mentor, mentorEmail, mentee,
                menteeEmail, duo);
    }

    /** Both said yes, each for themselves. */
    public World confirmed() {
        return confirm(proposed());
    }

    public World confirm(World world) {
        accounts.callAs(world.mentorEmail(), () -> { duos.confirm(world.duoId()); return null; });
        accounts.callAs(world.menteeEmail(), () -> { duos.confirm(world.duoId()); return null; });
        return world;
    }

    /**
     * Started, as if both had signed an agreement: a shortcut for tests of what happens after the start (the
     * agreement's own tests sign for real).
     */
    public World active() {
        return activate(confirmed());
    }

    public World activate(World world) {
        transaction.executeWithoutResult(status -> duos.agreementSigned(repository.findById(world.duoId())
                .orElseThrow()));
        return world;
    }

    /** Started for real: the mentor writes an agreement (weekly, in person) and both members sign it. */
    public World signedActive() {
        return signAgreement(confirmed());
    }

    public World signAgreement(World world) {
        int version = accounts.callAs(world.mentorEmail(), () -> agreements.save(world.duoId(), agreement()));
        accounts.callAs(world.mentorEmail(), () -> { agreements.sign(world.duoId(), version); return null; });
        accounts.callAs(world.menteeEmail(), () -> { agreements.sign(world.duoId(), version); return null; });
        return world;
    }

    public static AgreementChange agreement() {
        return new AgreementChange("Find a job in care\nPractise job interviews", MeetingFrequency.WEEKLY,
                AgreedMode.IN_PERSON, 6, "Library Rotterdam", "Tuesday 10:00", true);
    }

    private long proposeAs(long programmeId, long cohortId, long mentor, long mentee, long run) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> duos.propose(new DuoProposal(mentor, mentee, cohortId,
                programmeId, run)));
    }

    private String member(ParticipantRole role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@duo.test.tandem";
        accounts.create(new NewUser(email, role.name().toLowerCase() + " in a duo", TestUsers.PASSWORD,
                Set.of(role == ParticipantRole.MENTOR ? Role.MENTOR : Role.MENTEE)));
        return email;
    }

    private long ready(ParticipantFixture.Setup setup, ParticipantRole role, String email, int capacity) {
        var person = new PersonData(role == ParticipantRole.MENTOR ? "Mila" : "Sami",
                role == ParticipantRole.MENTOR ? "Mentor" : "Mentee", email, "+31 6 1234 5678",
                role == ParticipantRole.MENTOR ? 1962 : 2001, Language.NL, "Rotterdam", "3011 AA", Country.NL);
        return programmes.ready(TestUsers.COORDINATOR, setup.cohortId(), role, person, capacity, setup.siteId(),
                ParticipantMother.profile());
    }
}
