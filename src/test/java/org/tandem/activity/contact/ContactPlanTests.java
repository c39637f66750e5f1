package org.tandem.activity.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.activity.contact.PlanDefinition.StepLine;
import org.tandem.shared.FieldException;

/** The plan's rules and how a mentor's steps come out of it: due, planned, held, overdue. */
class ContactPlanTests {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void theDefaultPlanIsTheStartMidwayAndTheEndOfADuoOfTheUsualLength() {
        var plan = ContactPlan.defaults(1, 6, "Start", "Midway", "End");
        assertThat(plan.steps()).extracting(PlanStep::name).containsExactly("Start", "Midway", "End");
        assertThat(plan.steps()).extracting(PlanStep::dueAfterDays).containsExactly(14, 91, 182);
        assertThat(plan.due(2, START)).isEqualTo(START.plusDays(182));
    }

    @Test
    void stepsNeedANameAndALaterDayThanTheOneBefore_blankLinesAreSkipped() {
        var plan = new ContactPlan(1);
        plan.define(new PlanDefinition(List.of(new StepLine("Kick-off", 7), new StepLine(" ", null),
                new StepLine("Close", 60)), null));
        assertThat(plan.steps()).extracting(PlanStep::name).containsExactly("Kick-off", "Close");

        assertRefused(plan, List.of(new StepLine("A", 30), new StepLine("B", 30)), "steps[1].dueAfterDays",
                "contact.plan.days.order");
        assertRefused(plan, List.of(new StepLine("", 30)), "steps[0].name", "contact.plan.name.required");
        assertRefused(plan, List.of(new StepLine("A", -1)), "steps[0].dueAfterDays", "contact.plan.days.range");
        assertRefused(plan, List.of(new StepLine("A", null)), "steps[0].dueAfterDays", "contact.plan.days.range");
        assertRefused(plan, List.of(new StepLine(null, null)), "steps", "contact.plan.empty");
        var many = new ArrayList<StepLine>();
        for (int i = 0; i <= ContactPlan.MAX_STEPS; i++) {
            many.add(new StepLine("S" + i, i));
        }
        assertRefused(plan, many, "steps", "contact.plan.tooMany");
        assertThat(plan.steps()).extracting(PlanStep::name).containsExactly("Kick-off", "Close");
    }

    @Test
    void aStepIsOverdueTheDayAfterItWasDueUntilAMomentForItIsHeld_evenWhenOneIsPlannedLate() {
        var plan = ContactPlan.defaults(1, 6, "Start", "Midway", "End");
        var today = START.plusDays(15);
        var lateButPlanned = ContactMoment.plan(1, 2, 3, null, new MomentPlanning(3L, 0,
                today.plusDays(2).atTime(10, 0), today.plusDays(2).atTime(11, 0), null, null, null),
                today.atStartOfDay(), "c");
        var steps = ContactProgress.steps(plan, START, List.of(lateButPlanned), today);
        assertThat(steps).extracting(StepStatus::state).containsExactly(StepStatus.State.OVERDUE,
                StepStatus.State.OPEN, StepStatus.State.OPEN);
        assertThat(steps.get(0).plannedAt()).isEqualTo(today.plusDays(2).atTime(10, 0));

        assertThat(ContactProgress.steps(plan, START, List.of(), START.plusDays(14)).get(0).state())
                .isEqualTo(StepStatus.State.OPEN);
        assertThat(ContactProgress.steps(plan, null, List.of(), today)).extracting(StepStatus::state)
                .containsOnly(StepStatus.State.NO_DUO);

        lateButPlanned.record(ContactMomentTests.recording(today), today, java.time.Instant.now(), "c");
        assertThat(ContactProgress.steps(plan, START, List.of(lateButPlanned), today).get(0).state())
                .isEqualTo(StepStatus.State.HELD);
    }

    private static void assertRefused(ContactPlan plan, List<StepLine> lines, String field, String code) {
        assertThatThrownBy(() -> plan.define(new PlanDefinition(lines, null)))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                });
    }
}
