package org.tandem.activity.workshop;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.account.NewUser;
import org.tandem.account.Role;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.programme.ProgrammeKind;
import org.tandem.shared.Country;
import org.tandem.shared.Language;

/** A recruiting programme of the test coordinator, participants who sign in, and workshops planned in it. */
@TestComponent
public class WorkshopFixture {

    /** A participant with an account of their own (their e-mail address), enrolled and ready to match. */
    public record Member(long enrolmentId, String email) {
    }

    private final ParticipantFixture participants;
    private final AccountService accounts;
    private final WorkshopService workshops;

    WorkshopFixture(ParticipantFixture participants, AccountService accounts, WorkshopService workshops) {
        this.participants = participants;
        this.accounts = accounts;
        this.workshops = workshops;
    }

    /** A programme whose workshop themes are "Networking" and "CV". */
    public ParticipantFixture.Setup programme() {
        var setup = participants.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        accounts.callAs(TestUsers.COORDINATOR,
                () -> workshops.defineThemes(setup.programmeId(), java.util.List.of("Networking", "CV"), null));
        return setup;
    }

    public Member member(ParticipantFixture.Setup setup, ParticipantRole role, String lastName) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@workshop.test.tandem";
        accounts.create(new NewUser(email, "Sam " + lastName, TestUsers.PASSWORD,
                Set.of(role == ParticipantRole.MENTOR ? Role.MENTOR : Role.MENTEE)));
        var person = new PersonData("Sam", lastName, email, null, role == ParticipantRole.MENTOR ? 1962 : 2001,
                Language.NL, "Rotterdam", null, Country.NL);
        long id = participants.ready(TestUsers.COORDINATOR, setup.cohortId(), role, person, 1, setup.siteId(),
                ParticipantMother.profile());
        return new Member(id, email);
    }

    public static WorkshopDetails details(LocalDateTime start, int capacity, Audience audience) {
        return new WorkshopDetails("Networking for newcomers", "Networking", "Bring your CV", audience,
                null, start, start.plusHours(2), null, "Rotterdam, Library", null, capacity, null, null, 24, null);
    }

    public WorkshopView plan(ParticipantFixture.Setup setup, LocalDateTime start, int capacity, Audience audience) {
        return accounts.callAs(TestUsers.COORDINATOR,
                () -> workshops.plan(setup.programmeId(), details(start, capacity, audience)));
    }

    public static LocalDateTime inDays(int days) {
        return LocalDateTime.now().plusDays(days).withHour(14).withMinute(0).withSecond(0).withNano(0);
    }
}
