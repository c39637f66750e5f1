package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.Country;
import org.tandem.shared.DomainException;
import org.tandem.shared.FieldException;
import org.tandem.shared.NotFoundException;

class ProgrammeTests {

    @Test
    void aNewProgrammeIsADraft() {
        assertThat(ProgrammeMother.draft().status()).isEqualTo(ProgrammeStatus.DRAFT);
    }

    @Test
    void statusMovesForwardOnly() {
        var programme = ProgrammeMother.draft();
        programme.moveTo(ProgrammeStatus.RECRUITING);
        programme.moveTo(ProgrammeStatus.RUNNING);
        assertThatThrownBy(() -> programme.moveTo(ProgrammeStatus.RECRUITING))
                .isInstanceOf(DomainException.class).hasMessage("programme.status.illegal");
        programme.moveTo(ProgrammeStatus.CLOSED);
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
    }

    @Test
    void aDraftCannotSkipRecruitingButCanBeClosed() {
        var programme = ProgrammeMother.draft();
        assertThatThrownBy(() -> programme.moveTo(ProgrammeStatus.RUNNING)).isInstanceOf(DomainException.class);
        programme.moveTo(ProgrammeStatus.CLOSED);
        assertThat(programme.isClosed()).isTrue();
    }

    @Test
    void everyStatusNamesItsNextOnes() {
        assertThat(ProgrammeStatus.DRAFT.next()).containsExactlyInAnyOrder(ProgrammeStatus.RECRUITING,
                ProgrammeStatus.CLOSED);
        assertThat(ProgrammeStatus.RUNNING.next()).containsExactly(ProgrammeStatus.CLOSED);
        assertThat(ProgrammeStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void aClosedProgrammeRefusesEveryChange() {
        var programme = ProgrammeMother.draft();
        programme.moveTo(ProgrammeStatus.CLOSED);
        assertThatThrownBy(() -> programme.describe(ProgrammeMother.details())).hasMessage("programme.closed");
        assertThatThrownBy(() -> programme.addStage("x", null)).hasMessage("programme.closed");
        assertThatThrownBy(() -> programme.addSite("Gent", Country.BE)).hasMessage("programme.closed");
        assertThatThrownBy(() -> programme.addTarget(Metric.SITES, Comparator.AT_LEAST, 1))
                .hasMessage("programme.closed");
    }

    @Test
    void stagesAreNumberedInTheOrderTheyAreAdded() {
        var programme = withStages("Orientation", "Visit", "Front of the class");
        assertThat(names(programme)).containsExactly("Orientation", "Visit", "Front of the class");
        assertThat(programme.stages()).extracting(Stage::position).containsExactly(1, 2, 3);
    }

    @Test
    void aStageMovesUpAndDownAndStaysPutAtTheEnds() {
        var programme = withStages("A", "B", "C");
        long c = programme.stages().get(2).id();
        programme.moveStage(c, -1);
        assertThat(names(programme)).containsExactly("A", "C", "B");
        programme.moveStage(c, -1);
        programme.moveStage(c, -1);
        assertThat(names(programme)).containsExactly("C", "A", "B");
        assertThat(programme.stages()).extracting(Stage::position).containsExactly(1, 2, 3);
    }

    @Test
    void removingAStageClosesTheGap() {
        var programme = withStages("A", "B", "C");
        programme.removeStage(programme.stages().get(1).id());
        assertThat(names(programme)).containsExactly("A", "C");
        assertThat(programme.stages()).extracting(Stage::position).containsExactly(1, 2);
    }

    @Test
    void reorderingNeedsExactlyAllStages() {
        var programme = withStages("A", "B", "C");
        var ids = programme.stages().stream().map(Stage::id).toList();
        programme.reorderStages(List.of(ids.get(2), ids.get(0), ids.get(1)));
        assertThat(names(programme)).containsExactly("C", "A", "B");
        assertThatThrownBy(() -> programme.reorderStages(List.of(ids.get(0), ids.get(1))))
                .hasMessage("stage.order.invalid");
        assertThatThrownBy(() -> programme.reorderStages(List.of(ids.get(0), ids.get(1), ids.get(1))))
                .hasMessage("stage.order.invalid");
    }

    @Test
    void unknownStageIsNotFound() {
        var programme = withStages("A");
        assertThatThrownBy(() -> programme.moveStage(999, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSiteAppearsOncePerCityAndCountry() {
        var programme = ProgrammeMother.draft();
        programme.addSite("Brussel", Country.BE);
        programme.addSite("Paris", Country.FR);
        assertThatThrownBy(() -> programme.addSite(" brussel ", Country.BE))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("city"));
        programme.addSite("Brussel", Country.NL);
        assertThat(programme.sites()).hasSize(3);
    }

    @Test
    void targetsRefuseNegativeThresholds() {
        var programme = ProgrammeMother.draft();
        assertThatThrownBy(() -> programme.addTarget(Metric.EMPLOYERS_COMMITTED, Comparator.AT_LEAST, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparatorsReadTheThreshold() {
        assertThat(Comparator.AT_LEAST.isMet(5, 5)).isTrue();
        assertThat(Comparator.AT_LEAST.isMet(4, 5)).isFalse();
        assertThat(Comparator.AT_MOST.isMet(4, 5)).isTrue();
        assertThat(Comparator.AT_MOST.isMet(6, 5)).isFalse();
    }

    @Test
    void aTargetIsMetOnlyWhenMeasured() {
        assertThat(new TargetView(1, Metric.SITES, Comparator.AT_LEAST, 3, null, 0).met()).isFalse();
        assertThat(new TargetView(1, Metric.SITES, Comparator.AT_LEAST, 3, 4.0, 0).met()).isTrue();
        assertThat(new TargetView(1, Metric.SITES, Comparator.AT_LEAST, 3, 2.0, 0).met()).isFalse();
    }

    @Test
    void aCohortEndsOnOrAfterItStarts() {
        assertThatThrownBy(() -> new Cohort(1, "Round", CohortKind.ROUND, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 30)))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
        var oneDay = new Cohort(1, "Day", CohortKind.ROUND, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1));
        assertThat(oneDay.startDate()).isEqualTo(oneDay.endDate());
    }

    @Test
    void aClosedCohortCannotBeChangedOrClosedAgain() {
        var cohort = new Cohort(1, "Round", CohortKind.ROUND, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
        cohort.close();
        assertThatThrownBy(cohort::close).hasMessage("cohort.closed");
        assertThatThrownBy(() -> cohort.reschedule("New", CohortKind.PILOT, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1))).hasMessage("cohort.closed");
    }

    private static Programme withStages(String... names) {
        var programme = ProgrammeMother.draft();
        long id = 1;
        for (String name : names) {
            setId(programme.addStage(name, null), id++);
        }
        return programme;
    }

    /** Ids come from the database; these unit tests give them by hand. */
    private static void setId(Stage stage, long id) {
        try {
            Field field = Stage.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(stage, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Programme programme) {
        return programme.stages().stream().map(Stage::name).toList();
    }
}
