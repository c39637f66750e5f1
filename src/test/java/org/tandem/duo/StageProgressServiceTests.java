package org.tandem.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.IntegrationTest;
import org.tandem.TestUsers;
import org.tandem.account.AccountService;
import org.tandem.programme.ProgrammeService;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

@IntegrationTest
class StageProgressServiceTests {

    @Autowired
    DuoFixture fixture;

    @Autowired
    StageProgressService stages;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    private List<Long> plan(DuoFixture.World world, String... names) {
        return accounts.callAs(TestUsers.COORDINATOR, () -> {
            for (String name : names) {
                programmes.addStage(world.programmeId(), name, name + " described");
            }
            return stages.plan(world.duoId()).stages().stream().map(StagePlan.Line::stageId).toList();
        });
    }

    private void record(String who, long duoId, StageEntry entry) {
        accounts.callAs(who, () -> {
            stages.record(duoId, entry);
            return null;
        });
    }

    @Test
    void aMemberReachesAStageACoordinatorSkipsOneWithAReasonAndThePlanShowsTheLine() {
        var world = fixture.active();
        var ids = plan(world, "Kennismaken", "Cv", "Solliciteren", "Werk");
        LocalDate today = LocalDate.now();
        record(world.mentorEmail(), world.duoId(), new StageEntry(ids.get(0), today, "first talk went well", false,
                null));
        assertThatThrownBy(() -> record(TestUsers.COORDINATOR, world.duoId(),
                new StageEntry(ids.get(1), today, null, true, " ")))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("skipReason"));
        record(TestUsers.COORDINATOR, world.duoId(), new StageEntry(ids.get(1), today, null, true,
                "already has a good cv"));

        var plan = accounts.callAs(world.menteeEmail(), () -> stages.plan(world.duoId()));
        assertThat(plan.stages()).extracting(StagePlan.Line::status).containsExactly(StagePlan.Status.REACHED,
                StagePlan.Status.SKIPPED, StagePlan.Status.NEXT, StagePlan.Status.LATER);
        assertThat(plan.nextStageId()).isEqualTo(ids.get(2));
        assertThat(plan.done()).isEqualTo(2);
        assertThat(plan.mayRecord()).isTrue();
        assertThat(plan.stages().get(0).note()).isEqualTo("first talk went well");
        assertThat(plan.stages().get(0).recordedBy()).isEqualTo(world.mentorEmail());
        assertThat(plan.stages().get(1).skipReason()).isEqualTo("already has a good cv");
    }

    @Test
    void aStageIsRecordedOnceOnADateNotInTheFutureByARunningDuoOfItsOwnProgramme() {
        var world = fixture.active();
        var ids = plan(world, "A", "B");
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> record(world.menteeEmail(), world.duoId(),
                new StageEntry(ids.get(0), today.plusDays(1), null, false, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("reachedOn");
                    assertThat(e.code()).isEqualTo("duo.stage.date.future");
                });
        assertThatThrownBy(() -> record(world.menteeEmail(), world.duoId(),
                new StageEntry(ids.get(0), today.minusDays(1), null, false, null)))
                .hasMessage("duo.stage.date.beforeStart");
        assertThatThrownBy(() -> record(world.menteeEmail(), world.duoId(),
                new StageEntry(ids.get(0), null, null, false, null))).hasMessage("duo.stage.date.required");
        record(world.menteeEmail(), world.duoId(), new StageEntry(ids.get(0), today, null, false, null));
        assertThatThrownBy(() -> record(world.menteeEmail(), world.duoId(),
                new StageEntry(ids.get(0), today, null, false, null))).hasMessage("duo.stage.already");

        var other = fixture.active();
        var otherIds = plan(other, "X");
        assertThatThrownBy(() -> record(world.menteeEmail(), world.duoId(),
                new StageEntry(otherIds.get(0), today, null, false, null))).hasMessage("duo.stage.unknown");
        assertThatThrownBy(() -> record(world.menteeEmail(), other.duoId(),
                new StageEntry(otherIds.get(0), today, null, false, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.callAs(TestUsers.OTHER_COORDINATOR, () -> stages.plan(world.duoId())))
                .isInstanceOf(NotFoundException.class);

        var proposed = fixture.proposed();
        var proposedIds = plan(proposed, "A");
        assertThat(accounts.callAs(TestUsers.COORDINATOR, () -> stages.plan(proposed.duoId())).mayRecord()).isFalse();
        assertThatThrownBy(() -> record(TestUsers.COORDINATOR, proposed.duoId(),
                new StageEntry(proposedIds.get(0), today, null, false, null))).isInstanceOf(DomainException.class)
                .hasMessage("duo.state.illegal");
    }
}
