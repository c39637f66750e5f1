package org.tandem.matching;

import java.util.List;

/**
 * A pair's score 0..1000 with its breakdown, and the hard rules it breaks (criteria names, or SAME_EMPLOYER,
 * DECLINED_BEFORE, EXCLUDED); a pair that breaks none is allowed.
 */
public record PairScore(int score, List<Reason> reasons, List<String> violations) {

    public PairScore {
        reasons = List.copyOf(reasons);
        violations = List.copyOf(violations);
    }

    public boolean allowed() {
        return violations.isEmpty();
    }
}
