package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.matching.MatchingFixture;
import org.tandem.participant.Availability;
import org.tandem.participant.EnrolmentStatus;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantMother;
import org.tandem.participant.ParticipantQueries;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;

@IntegrationTest
class DuoServiceTests {

    @Autowired
    TestUsers users;

    @Autowired
    ParticipantFixture programmes;

    @Autowired
    MatchingFixture people;

    @Autowired
    DuoService duos;

    @Autowired
    ParticipantQueries queries;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void users() {
        users.ensure();
    }

    private long ready(ParticipantFixture.Setup setup, ParticipantRole role, int capacity) {
        var profile = ParticipantMother.profile();
        return people.ready(TestUsers.COORDINATOR, setup.cohortId(), role, capacity, setup.siteId(),
                new org.tandem.participant.Profile(profile.languages(), profile.sectors(), null,
                        Availability.of(java.util.Set.of("MON_MORNING")), profile.meetingMode(), profile.interests(),
                        profile.digitalSkills(), 5, null, null, null, null));
    }

    private long propose(ParticipantFixture.Setup setup, long mentor, long mentee, long run) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> duos.propose(new DuoProposal(mentor, mentee,
                setup.cohortId(), setup.programmeId(), run)));
    }

    @Test
    void aProposalMatchesBothAndProposingAgainFromTheSameRunCreatesNothing() {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = ready(setup, ParticipantRole.MENTOR, 2);
        long a = ready(setup, ParticipantRole.MENTEE, 1);
        long b = ready(setup, ParticipantRole.MENTEE, 1);
        long first = propose(setup, mentor, a, 1);
        assertThat(propose(setup, mentor, a, 1)).isEqualTo(first);
        propose(setup, mentor, b, 1);
        var open = accounts.callAs(TestUsers.COORDINATOR, () -> duos.inCohort(setup.cohortId()));
        assertThat(open).hasSize(2).allMatch(d -> d.state() == DuoState.PROPOSED);
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> queries.matchCandidates(List.of(mentor, a, b))))
                .allMatch(c -> c.status() == EnrolmentStatus.MATCHED);
        assertThatThrownBy(() -> propose(setup, mentor, a, 2)).hasMessage("duo.mentee.taken");
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> duos.inCohort(setup.cohortId())))
                .isInstanceOf(org.tandem.shared.NotFoundException.class);
    }

    @Test
    void twoCoordinatorsProposingForTheSameFullMentorAtOnce_exactlyOneSucceeds() throws Exception {
        var setup = programmes.recruitingProgramme(TestUsers.COORDINATOR, ProgrammeKind.INTERGENERATIONAL);
        long mentor = ready(setup, ParticipantRole.MENTOR, 1);
        long a = ready(setup, ParticipantRole.MENTEE, 1);
        long b = ready(setup, ParticipantRole.MENTEE, 1);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> results = List.of(
                    pool.submit(() -> { start.await(); return propose(setup, mentor, a, 7); }),
                    pool.submit(() -> { start.await(); return propose(setup, mentor, b, 7); }));
            start.countDown();
            int succeeded = 0;
            for (var result : results) {
                try {
                    result.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException refused) {
                    // refused by the service's check or by the database's slot constraint
                }
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> duos.inCohort(setup.cohortId()))).hasSize(1);
    }
}
