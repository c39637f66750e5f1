package org.tandem.matching;

import java.util.List;

/** One line of a pair's breakdown: how a criterion scored (0..1) and why, as a message key with arguments. */
public record Reason(Criterion criterion, CriterionMode mode, int weight, double value, String key,
        List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public boolean passed() {
        return value > 0;
    }

    /** Points this criterion adds out of 1000, for the page. */
    public Object[] arguments() {
        return args.toArray();
    }
}
