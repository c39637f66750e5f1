package org.tandem.programme;

/**
 * The fixed catalogue of what a programme's targets can measure. A metric's value comes from the module
 * that knows it (a {@link MetricProvider}); until such a module exists, the target shows 'not yet measured'.
 */
public enum Metric {
    SITES(Unit.COUNT),
    COHORTS(Unit.COUNT),
    EMPLOYERS_COMMITTED(Unit.COUNT),
    HEAVY_PROFESSION_EMPLOYERS(Unit.COUNT),
    MENTORS_PER_EMPLOYER(Unit.COUNT),
    MENTORS_ENROLLED(Unit.COUNT),
    MENTEES_ENROLLED(Unit.COUNT),
    DUOS_FORMED(Unit.COUNT),
    DUOS_COMPLETED(Unit.COUNT),
    POSITIVE_EXIT_RATE(Unit.PERCENT),
    MENTORS_STARTING_ANOTHER_DUO(Unit.PERCENT),
    MENTORS_TRAINED(Unit.COUNT),
    MENTORS_TRAINED_BEFORE_MATCHING(Unit.PERCENT),
    INTERVISION_ATTENDANCE_RATE(Unit.PERCENT),
    WORKSHOP_ATTENDANCE_RATE(Unit.PERCENT),
    WORKSHOP_NO_SHOW_RATE(Unit.PERCENT),
    CONTACT_MOMENTS_PER_RELEASED_MENTOR(Unit.COUNT),
    CONTACT_MOMENTS_HELD_OF_PLAN(Unit.PERCENT);

    public enum Unit { COUNT, PERCENT }

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
