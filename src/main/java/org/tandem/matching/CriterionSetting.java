package org.tandem.matching;

import org.tandem.shared.DomainException;

public record CriterionSetting(Criterion criterion, CriterionMode mode, int weight) {

    public static final int MAX_WEIGHT = 100;

    public CriterionSetting {
        if (criterion == null || mode == null) {
            throw new DomainException("matching.profile.incomplete");
        }
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new DomainException("matching.profile.weight", MAX_WEIGHT);
        }
    }
}
