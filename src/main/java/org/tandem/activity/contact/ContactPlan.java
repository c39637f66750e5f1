package org.tandem.activity.contact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.FieldException;

/**
 * How many contact moments a programme asks of an employer per released mentor, and when: each step is due a number
 * of days after the start of the mentor's first duo (both signed the agreement), or after the start of their round
 * while they have no duo yet (the employer released them for the round). The default is three steps: at the start (two weeks in), midway and at the planned end of a duo of the
 * programme's usual length.
 */
@Entity
@Table(name = "contact_plan")
class ContactPlan {

    static final int MAX_STEPS = 12;
    static final int MAX_NAME = 100;
    static final int MAX_DAYS = 730;
    static final int START_DAYS = 14;

    @Id
    private Long programmeId;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "contact_plan_step", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<PlanStep> steps = new ArrayList<>();

    protected ContactPlan() {
    }

    ContactPlan(long programmeId) {
        this.programmeId = programmeId;
    }

    /** The default plan for duos of {@code months} months: names for the start, the middle and the end. */
    static ContactPlan defaults(long programmeId, int months, String start, String midway, String end) {
        var plan = new ContactPlan(programmeId);
        int length = Math.max(1, months) * 365 / 12;
        plan.steps.add(new PlanStep(start, Math.min(START_DAYS, length / 2)));
        plan.steps.add(new PlanStep(midway, length / 2));
        plan.steps.add(new PlanStep(end, length));
        return plan;
    }

    /** Replaces the steps; each needs a name and a day after the one before it. Blank lines are skipped. */
    void define(PlanDefinition definition) {
        var lines = definition.steps();
        var next = new ArrayList<PlanStep>();
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line == null || line.blank()) {
                continue;
            }
            String name = line.name() == null ? "" : line.name().strip();
            if (name.isEmpty()) {
                throw new FieldException("steps[" + i + "].name", "contact.plan.name.required");
            }
            if (name.length() > MAX_NAME) {
                throw new FieldException("steps[" + i + "].name", "contact.plan.name.long", MAX_NAME);
            }
            Integer days = line.dueAfterDays();
            if (days == null || days < 0 || days > MAX_DAYS) {
                throw new FieldException("steps[" + i + "].dueAfterDays", "contact.plan.days.range", MAX_DAYS);
            }
            if (days <= previous) {
                throw new FieldException("steps[" + i + "].dueAfterDays", "contact.plan.days.order");
            }
            previous = days;
            next.add(new PlanStep(name, days));
        }
        if (next.isEmpty()) {
            throw new FieldException("steps", "contact.plan.empty");
        }
        if (next.size() > MAX_STEPS) {
            throw new FieldException("steps", "contact.plan.tooMany", MAX_STEPS);
        }
        steps.clear();
        steps.addAll(next);
    }

    /** The day step {@code position} is due for a mentor whose first duo started on {@code duoStart}. */
    LocalDate due(int position, LocalDate duoStart) {
        return duoStart.plusDays(steps.get(position).dueAfterDays());
    }

    boolean hasStep(int position) {
        return position >= 0 && position < steps.size();
    }

    Long programmeId() {
        return programmeId;
    }

    long version() {
        return version;
    }

    List<PlanStep> steps() {
        return List.copyOf(steps);
    }
}
