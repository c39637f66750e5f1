package org.tandem.activity.contact;

import jakarta.persistence.Embeddable;
import org.tandem.shared.NotPersonal;

/** One moment of the plan: its name and when it is due, in days after the start of the mentor's first duo. */
@Embeddable
class PlanStep {

    @NotPersonal("the name of a step in an employer's contact plan")
    private String name;
    private int dueAfterDays;

    protected PlanStep() {
    }

    PlanStep(String name, int dueAfterDays) {
        this.name = name;
        this.dueAfterDays = dueAfterDays;
    }

    String name() {
        return name;
    }

    int dueAfterDays() {
        return dueAfterDays;
    }
}
