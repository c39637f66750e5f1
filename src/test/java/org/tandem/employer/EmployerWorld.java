package org.tandem.employer;

import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;

/**
 * A small world for employer tests: a programme of the test coordinator with one cohort, and two active
 * employers, each with its own employer-contact user, the second with one nominated mentor.
 */
@TestComponent
public class EmployerWorld {

    public record World(long programmeId, long cohortId, long employerId, String contact, long otherEmployerId,
            String otherContact, long otherEmployeesEnrolmentId) {
    }

    private final AccountService accounts;
    private final ProgrammeService programmes;
    private final EmployerService employers;
    private final MyEmployerService myEmployer;
    private final TestUsers users;

    EmployerWorld(AccountService accounts, ProgrammeService programmes, EmployerService employers,
            MyEmployerService myEmployer, TestUsers users) {
        this.accounts = accounts;
        this.programmes = programmes;
        this.employers = employers;
        this.myEmployer = myEmployer;
        this.users = users;
    }

    public World create() {
        users.ensure();
        String contact = EmployerMother.employerContact(accounts);
        String otherContact = EmployerMother.employerContact(accounts);
        return accounts.callAs(TestUsers.COORDINATOR, () -> {
            long programme = programmes.create(ProgrammeMother.details());
            long cohort = programmes.addCohort(programme, ProgrammeMother.cohort("Round 1"));
            long employer = activeEmployer(programme, EmployerMother.details(), contact);
            long other = activeEmployer(programme, EmployerMother.details(), otherContact);
            long enrolment = accounts.callAs(otherContact, () -> myEmployer.nominate(new Nomination(cohort, "Otto",
                    "Other", EmployerMother.unique("otto").replace(' ', '.') + "@example.org", 1965)).orElseThrow());
            return new World(programme, cohort, employer, contact, other, otherContact, enrolment);
        });
    }

    /** As the signed-in coordinator: an employer that went all the way to active, with a linked contact. */
    public long activeEmployer(long programmeId, EmployerDetails details, String contactEmail) {
        long id = employers.create(details, programmeId);
        for (var stage : List.of(PipelineStage.CONTACTED, PipelineStage.INTERESTED, PipelineStage.COMMITTED,
                PipelineStage.ACTIVE)) {
            employers.moveTo(id, programmeId, stage, null);
        }
        employers.pledge(id, programmeId, 4, 10, null);
        if (contactEmail != null) {
            employers.addContact(id, EmployerMother.contact(contactEmail));
        }
        return id;
    }
}
