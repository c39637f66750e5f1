package org.tandem.participant;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestComponent;
import org.tandem.account.AccountService;
import org.tandem.programme.CohortDetails;
import org.tandem.programme.CohortKind;
import org.tandem.programme.Comparator;
import org.tandem.programme.Metric;
import org.tandem.programme.ProgrammeKind;
import org.tandem.programme.ProgrammeMother;
import org.tandem.programme.ProgrammeService;
import org.tandem.programme.ProgrammeStatus;
import org.tandem.shared.Country;

/** A recruiting programme with an open cohort and a site, owned by a given coordinator. */
@TestComponent
public class ParticipantFixture {

    public record Setup(long programmeId, long cohortId, long siteId) {
    }

    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final EnrolmentService enrolments;
    private final ConsentService consents;
    private final ParticipantQueries queries;

    ParticipantFixture(ProgrammeService programmes, AccountService accounts, EnrolmentService enrolments,
            ConsentService consents, ParticipantQueries queries) {
        this.programmes = programmes;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.consents = consents;
        this.queries = queries;
    }

    /** Somebody born in 1962 (mentors) or 2001 (mentees), enrolled and taken through intake to ready to match. */
    public long ready(String coordinator, long cohortId, ParticipantRole role, int capacity, Long siteId,
            Profile profile) {
        return ready(coordinator, cohortId, role, ParticipantMother.personData(role == ParticipantRole.MENTOR
                ? 1962 : 2001), capacity, siteId, profile);
    }

    /** This person, enrolled and taken through intake to ready to match. */
    public long ready(String coordinator, long cohortId, ParticipantRole role, PersonData person, int capacity,
            Long siteId, Profile profile) {
        return accounts.callAs(coordinator, () -> {
            long id = enrolments.enrol(new NewEnrolment(cohortId, role, person, profile, siteId, null, capacity));
            enrolments.planIntake(id, java.time.LocalDateTime.of(2026, 12, 1, 10, 0));
            enrolments.recordIntake(id, "ok", queries.get(id).requiredChecks());
            consents.give(id, ConsentPurpose.PARTICIPATION);
            enrolments.declareEligible(id);
            if (role == ParticipantRole.MENTOR) {
                enrolments.markTrained(id);
            }
            enrolments.markReadyToMatch(id);
            return id;
        });
    }

    /** A mentor born in 1962, enrolled and taken through intake to eligible (ready to be trained). */
    public long eligibleMentor(String coordinator, long cohortId, Long siteId) {
        return accounts.callAs(coordinator, () -> {
            long id = intakeDone(cohortId, siteId);
            enrolments.declareEligible(id);
            return id;
        });
    }

    /** A mentor born in 1962, enrolled, whose intake is done but who is not yet declared eligible. */
    public long mentorAfterIntake(String coordinator, long cohortId, Long siteId) {
        return accounts.callAs(coordinator, () -> intakeDone(cohortId, siteId));
    }

    private long intakeDone(long cohortId, Long siteId) {
        long id = enrolments.enrol(new NewEnrolment(cohortId, ParticipantRole.MENTOR,
                ParticipantMother.personData(1962), ParticipantMother.profile(), siteId, null, 1));
        enrolments.planIntake(id, java.time.LocalDateTime.of(2026, 12, 1, 10, 0));
        enrolments.recordIntake(id, "ok", queries.get(id).requiredChecks());
        consents.give(id, ConsentPurpose.PARTICIPATION);
        return id;
    }

    public Setup recruitingProgramme(String coordinator, ProgrammeKind kind) {
        return accounts.callAs(coordinator, () -> {
            var details = ProgrammeMother.details();
            long id = programmes.create(new org.tandem.programme.ProgrammeDetails(details.name(),
                    details.description(), kind, details.languages(), 6, details.meetingFrequency(),
                    kind == ProgrammeKind.INTERGENERATIONAL ? 50 : null, null));
            long site = programmes.addSite(id, "Rotterdam", Country.NL);
            long cohort = programmes.addCohort(id, new CohortDetails("Round", CohortKind.ROUND,
                    LocalDate.now().plusMonths(1), LocalDate.now().plusMonths(8)));
            programmes.addTarget(id, Metric.MENTEES_ENROLLED, Comparator.AT_LEAST, 2);
            programmes.changeStatus(id, ProgrammeStatus.RECRUITING);
            return new Setup(id, cohort, site);
        });
    }
}
