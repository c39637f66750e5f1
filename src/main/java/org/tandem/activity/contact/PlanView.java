package org.tandem.activity.contact;

import java.util.List;

/**
 * A programme's contact-moment plan. {@code saved} is false while the programme uses the default (at the start,
 * midway, at the end of a duo of the programme's usual length), which is saved the first time it is changed.
 */
public record PlanView(long programmeId, List<Step> steps, boolean saved, long version) {

    public record Step(int position, String name, int dueAfterDays) {
    }

    static PlanView from(ContactPlan plan, boolean saved) {
        var list = plan.steps();
        return new PlanView(plan.programmeId(), java.util.stream.IntStream.range(0, list.size())
                .mapToObj(i -> new Step(i, list.get(i).name(), list.get(i).dueAfterDays())).toList(), saved,
                plan.version());
    }
}
