package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tandem.CleanDatabase;
import org.tandem.TestDatabase;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.participant.DuoEvents.Closure;
import org.tandem.participant.DuoEvents.DuoClosed;
import org.tandem.participant.DuoEvents.DuoProposed;
import org.tandem.participant.DuoEvents.DuoStarted;
import org.tandem.participant.EnrolmentWithdrawn;
import org.tandem.participant.ParticipantFixture;
import org.tandem.participant.ParticipantRole;
import org.tandem.programme.ProgrammeKind;

/** The duo module with the modules it builds on: the events it publishes, and what a withdrawal does to a duo. */
@CleanDatabase
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"system", "shared", "privacy"})
@Import({TestDatabase.class, TestUsers.class, ParticipantFixture.class, DuoFixture.class})
class DuoModuleTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    DuoService duos;

    @Autowired
    DuoRepository repository;

    @Autowired
    AccountService accounts;

    @Test
    void aProposalIsPublished(Scenario scenario) {
        var first = fixture.proposed(ProgrammeKind.INTERGENERATIONAL, 2);
        scenario.stimulate(() -> fixture.anotherMentee(first, 2))
                .andWaitForEventOfType(DuoProposed.class)
                .matching(e -> e.mentorEnrolmentId() == first.mentorEnrolmentId()
                        && e.menteeEnrolmentId() != first.menteeEnrolmentId())
                .toArriveAndVerify((e, second) -> {
                    assertThat(e.duoId()).isEqualTo(second.duoId());
                    assertThat(e.cohortId()).isEqualTo(first.cohortId());
                });
    }

    @Test
    void bothSignaturesStartTheDuo_andTheStartIsPublished(Scenario scenario) {
        var world = fixture.confirmed();
        scenario.stimulate(() -> fixture.signAgreement(world))
                .andWaitForEventOfType(DuoStarted.class)
                .matching(e -> e.duoId() == world.duoId())
                .toArriveAndVerify(e -> assertThat(e.menteeEnrolmentId()).isEqualTo(world.menteeEnrolmentId()));
    }

    @Test
    void aWithdrawnMemberEndsTheirRunningDuo_andTheClosureSaysTheMentorHasNoOtherDuo(Scenario scenario) {
        var world = fixture.active();
        scenario.publish(new EnrolmentWithdrawn(world.menteeEnrolmentId(), world.programmeId(), world.cohortId(),
                        ParticipantRole.MENTEE, "Found a job abroad", TestUsers.COORDINATOR))
                .andWaitForEventOfType(DuoClosed.class)
                .matching(e -> e.duoId() == world.duoId())
                .toArriveAndVerify(e -> {
                    assertThat(e.closure()).isEqualTo(Closure.ENDED_EARLY);
                    assertThat(e.reason()).isEqualTo(EndReason.WITHDRAWN.name());
                    assertThat(e.mentorHasOtherOpenDuos()).isFalse();
                    var duo = repository.findById(world.duoId()).orElseThrow();
                    assertThat(duo.state()).isEqualTo(DuoState.ENDED_EARLY);
                    assertThat(duo.endNote()).isEqualTo("Found a job abroad");
                    assertThat(duo.mentorSlot()).isNull();
                });
    }

    @Test
    void aWithdrawnMenteeDeclinesTheirProposal_whileTheMentorKeepsTheirOtherDuo(Scenario scenario) {
        var first = fixture.proposed(ProgrammeKind.INTERGENERATIONAL, 2);
        var second = fixture.anotherMentee(first, 2);
        scenario.publish(new EnrolmentWithdrawn(second.menteeEnrolmentId(), second.programmeId(),
                        second.cohortId(), ParticipantRole.MENTEE, "No longer interested", TestUsers.COORDINATOR))
                .andWaitForEventOfType(DuoClosed.class)
                .matching(e -> e.duoId() == second.duoId())
                .toArriveAndVerify(e -> {
                    assertThat(e.closure()).isEqualTo(Closure.DECLINED);
                    assertThat(e.mentorHasOtherOpenDuos()).isTrue();
                    assertThat(repository.findById(second.duoId()).orElseThrow().declinedBySide())
                            .isEqualTo(DuoSide.MENTEE);
                });
    }
}
