package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The small formulas written here: Holm's adjustment, the exact Wilcoxon distribution, alpha's edge cases. */
class StatisticsTests {

    @Test
    void holmMultipliesBySmallerCountsInOrderAndKeepsTheOrderMonotone() {
        Double[] adjusted = Holm.adjust(new Double[] {0.01, 0.04, 0.03, null});
        assertThat(adjusted[0]).isCloseTo(0.03, within(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[1]).as("0.04 × 1 is raised to the previous 0.06").isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[3]).isNull();
        assertThat(Holm.adjust(new Double[] {0.9, 0.8})).containsExactly(1.0, 1.0);
    }

    @Test
    void theExactDistributionCountsSignPatterns() {
        // n = 3: rank sums 0..6 occur 1,1,1,2,1,1,1 times out of 8; W+ = 6 → 2 × 1/8
        assertThat(WilcoxonSignedRank.exactP(3, 6)).isCloseTo(0.25, within(1e-15));
        assertThat(WilcoxonSignedRank.exactP(3, 3)).isEqualTo(1.0);
        // n = 50 stays exact: the counts reach 2^50 / something and must not overflow
        double p = WilcoxonSignedRank.exactP(50, 0);
        assertThat(p).isCloseTo(2 / Math.pow(2, 50), within(1e-25));
    }

    @Test
    void wilcoxonDropsZerosAndSwitchesToTheNormalApproximationOnTies() {
        var result = WilcoxonSignedRank.test(new double[] {0, 1, 2, 3, 0});
        assertThat(result.nonZero()).isEqualTo(3);
        assertThat(result.method()).isEqualTo(WilcoxonSignedRank.Method.EXACT);
        assertThat(WilcoxonSignedRank.test(new double[] {1, 1, 2}).method())
                .isEqualTo(WilcoxonSignedRank.Method.NORMAL);
        var none = WilcoxonSignedRank.test(new double[] {0, 0});
        assertThat(none.p()).isNull();
        assertThat(none.rankBiserial()).isNull();
    }

    @Test
    void aConstantChangeSaysNoVariationInsteadOfDividingByZero() {
        var result = PairedComparison.of(new Double[] {1.0, 2.0, 3.0}, new Double[] {2.0, 3.0, 4.0});
        assertThat(result.meanChange()).isEqualTo(1.0);
        assertThat(result.sdChange()).isZero();
        assertThat(result.t()).isNull();
        assertThat(result.dz()).isNull();
        assertThat(result.note()).isEqualTo(PairedComparison.NO_VARIATION);
    }

    @Test
    void alphaIsUndefinedWithoutVarianceOrWithOneRespondent() {
        assertThat(Reliability.cronbach(new double[][] {{3, 3}, {3, 3}}).alpha()).isNull();
        assertThat(Reliability.cronbach(new double[][] {{1, 2}}).alpha()).isNull();
        // two perfectly parallel items: alpha 1
        assertThat(Reliability.cronbach(new double[][] {{1, 1}, {2, 2}, {4, 4}}).alpha()).isCloseTo(1.0,
                within(1e-12));
    }
}
