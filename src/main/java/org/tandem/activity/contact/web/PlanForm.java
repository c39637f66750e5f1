package org.tandem.activity.contact.web;

import java.util.ArrayList;
import java.util.List;
import org.tandem.activity.contact.PlanDefinition;
import org.tandem.activity.contact.PlanView;

/** The plan's form (its steps, with two empty lines to add one) and the API's body. */
record PlanForm(List<Row> steps, Long version) {

    record Row(String name, Integer dueAfterDays) {
    }

    static PlanForm from(PlanView plan) {
        var rows = new ArrayList<Row>();
        plan.steps().forEach(s -> rows.add(new Row(s.name(), s.dueAfterDays())));
        rows.add(new Row(null, null));
        rows.add(new Row(null, null));
        return new PlanForm(rows, plan.saved() ? plan.version() : null);
    }

    PlanDefinition toCommand() {
        return new PlanDefinition(steps == null ? List.of() : steps.stream()
                .map(r -> r == null ? new PlanDefinition.StepLine(null, null)
                        : new PlanDefinition.StepLine(r.name(), r.dueAfterDays())).toList(), version);
    }
}
