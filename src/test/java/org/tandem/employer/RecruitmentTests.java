package org.tandem.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;

class RecruitmentTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Recruitment at(PipelineStage stage) {
        var recruitment = new Recruitment(7L, NOW, "tester");
        if (stage == PipelineStage.DECLINED) {
            recruitment.moveTo(PipelineStage.DECLINED, "no time", NOW, "tester");
            return recruitment;
        }
        for (var step : EnumSet.of(PipelineStage.CONTACTED, PipelineStage.INTERESTED, PipelineStage.COMMITTED,
                PipelineStage.ACTIVE, PipelineStage.ENDED)) {
            if (recruitment.stage() == stage) {
                break;
            }
            recruitment.moveTo(step, null, NOW, "tester");
        }
        assertThat(recruitment.stage()).isEqualTo(stage);
        return recruitment;
    }

    @Test
    void aNewRecruitmentIsAProspectWithItsFirstStepInTheHistory() {
        var recruitment = new Recruitment(7L, NOW, "Sanne");
        assertThat(recruitment.stage()).isEqualTo(PipelineStage.PROSPECT);
        assertThat(recruitment.history()).singleElement().satisfies(step -> {
            assertThat(step.stage()).isEqualTo(PipelineStage.PROSPECT);
            assertThat(step.changedAt()).isEqualTo(NOW);
            assertThat(step.changedBy()).isEqualTo("Sanne");
        });
    }

    @Test
    void walksThePipelineStepByStepKeepingEveryDateAndWho() {
        var recruitment = new Recruitment(7L, NOW, "a");
        recruitment.moveTo(PipelineStage.CONTACTED, null, NOW.plusSeconds(1), "b");
        recruitment.moveTo(PipelineStage.INTERESTED, null, NOW.plusSeconds(2), "c");
        recruitment.moveTo(PipelineStage.COMMITTED, null, NOW.plusSeconds(3), "d");
        recruitment.moveTo(PipelineStage.ACTIVE, null, NOW.plusSeconds(4), "e");
        recruitment.moveTo(PipelineStage.ENDED, null, NOW.plusSeconds(5), "f");
        assertThat(recruitment.history()).extracting(RecruitmentStep::stage).containsExactly(PipelineStage.PROSPECT,
                PipelineStage.CONTACTED, PipelineStage.INTERESTED, PipelineStage.COMMITTED, PipelineStage.ACTIVE,
                PipelineStage.ENDED);
        assertThat(recruitment.history()).extracting(RecruitmentStep::changedBy)
                .containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(recruitment.history().get(5).changedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @ParameterizedTest
    @EnumSource(PipelineStage.class)
    void everyStageAllowsExactlyItsNextStepsAndRefusesTheRest(PipelineStage from) {
        for (var target : PipelineStage.values()) {
            var recruitment = at(from);
            if (from.next().contains(target)) {
                recruitment.moveTo(target, "because", NOW, "tester");
                assertThat(recruitment.stage()).isEqualTo(target);
            } else {
                assertThatThrownBy(() -> recruitment.moveTo(target, "because", NOW, "tester"))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("recruitment.step.illegal");
                assertThat(recruitment.stage()).isEqualTo(from);
            }
        }
    }

    @Test
    void theForwardPathIsOneStageAtATime() {
        assertThat(PipelineStage.PROSPECT.next()).containsExactlyInAnyOrder(PipelineStage.CONTACTED,
                PipelineStage.DECLINED);
        assertThat(PipelineStage.CONTACTED.next()).containsExactlyInAnyOrder(PipelineStage.INTERESTED,
                PipelineStage.DECLINED);
        assertThat(PipelineStage.INTERESTED.next()).containsExactlyInAnyOrder(PipelineStage.COMMITTED,
                PipelineStage.DECLINED);
        assertThat(PipelineStage.COMMITTED.next()).containsExactlyInAnyOrder(PipelineStage.ACTIVE,
                PipelineStage.DECLINED);
        assertThat(PipelineStage.ACTIVE.next()).containsExactlyInAnyOrder(PipelineStage.ENDED,
                PipelineStage.DECLINED);
        assertThat(PipelineStage.ENDED.next()).isEmpty();
        assertThat(PipelineStage.DECLINED.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PipelineStage.class, names = {"PROSPECT", "CONTACTED", "INTERESTED", "COMMITTED", "ACTIVE"})
    void declinesFromEveryOpenStageWithTheReasonKept(PipelineStage from) {
        var recruitment = at(from);
        recruitment.moveTo(PipelineStage.DECLINED, "  no staff to spare  ", NOW, "tester");
        assertThat(recruitment.stage()).isEqualTo(PipelineStage.DECLINED);
        assertThat(recruitment.declineReason()).isEqualTo("no staff to spare");
        assertThat(recruitment.history().get(recruitment.history().size() - 1).reason())
                .isEqualTo("no staff to spare");
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedAtTheReasonField() {
        var recruitment = at(PipelineStage.INTERESTED);
        assertThatThrownBy(() -> recruitment.moveTo(PipelineStage.DECLINED, "  ", NOW, "tester"))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.code()).isEqualTo("recruitment.decline.reason");
                });
        assertThat(recruitment.stage()).isEqualTo(PipelineStage.INTERESTED);
        assertThat(recruitment.history()).hasSize(3);
    }

    @Test
    void aPledgeIsKeptAndCheckedAndRefusedOnceTheRecruitmentIsOver() {
        var recruitment = at(PipelineStage.COMMITTED);
        recruitment.pledge(4, 16);
        assertThat(recruitment.pledgedMentors()).isEqualTo(4);
        assertThat(recruitment.hoursPerMonth()).isEqualTo(16);
        assertThatThrownBy(() -> recruitment.pledge(-1, 16)).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.field()).isEqualTo("mentors"));
        assertThatThrownBy(() -> recruitment.pledge(4, 5000)).isInstanceOfSatisfying(FieldException.class,
                e -> assertThat(e.field()).isEqualTo("hoursPerMonth"));
        assertThat(recruitment.pledgedMentors()).isEqualTo(4);
        assertThatThrownBy(() -> at(PipelineStage.ENDED).pledge(1, 1)).isInstanceOf(DomainException.class)
                .hasMessage("recruitment.pledge.closed");
        assertThatThrownBy(() -> at(PipelineStage.DECLINED).pledge(1, 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyCommittedAndActiveCount() {
        assertThat(EnumSet.allOf(PipelineStage.class).stream().filter(PipelineStage::isCommitted))
                .containsExactlyInAnyOrder(PipelineStage.COMMITTED, PipelineStage.ACTIVE);
    }
}
