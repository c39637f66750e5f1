package org.tandem.matching;

import org.springframework.boot.test.context.TestComponent;
import org.tandem.account.AccountService;
import org.tandem.participant.ConsentPurpose;
import org.tandem.participant.ConsentService;
import org.tandem.participant.EnrolmentService;
import org.tandem.participant.NewEnrolment;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.participant.PersonData;
import org.tandem.participant.Profile;

/** People taken through intake to ready to match, as a coordinator would. */
@TestComponent
public class MatchingFixture {

    private final EnrolmentService enrolments;
    private final ConsentService consents;
    private final ParticipantQueries queries;
    private final AccountService accounts;

    MatchingFixture(EnrolmentService enrolments, ConsentService consents, ParticipantQueries queries,
            AccountService accounts) {
        this.enrolments = enrolments;
        this.consents = consents;
        this.queries = queries;
        this.accounts = accounts;
    }

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
}
