package org.tandem.activity.contact;

import java.util.List;

/** The plan as a coordinator enters it: the steps in order (blank lines are skipped), and the version read. */
public record PlanDefinition(List<StepLine> steps, Long version) {

    public PlanDefinition {
        steps = steps == null ? List.of() : steps;
    }

    /** One step: a name (e.g. "At the start") and the days after the duo's start when it is due. */
    public record StepLine(String name, Integer dueAfterDays) {

        boolean blank() {
            return (name == null || name.isBlank()) && dueAfterDays == null;
        }
    }
}
