package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.DemoServerTest;
import org.tandem.account.AccountService;
import org.tandem.participant.RetentionService;

/**
 * The demo's retention preview: in programme B the running round's withdrawn and rejected applications (seven months
 * ago, past the six-month term) are due; programme A keeps its pilots' people ten years.
 */
@DemoServerTest
class DemoRetentionTests {

    @Autowired
    AccountService accounts;

    @Autowired
    RetentionService retention;

    @Test
    void theRunningRoundsWithdrawnAndRejectedApplicationsAreDueAndThePilotsAreKept() {
        var preview = accounts.callAs("admin@demo.tandem", () -> retention.preview());
        assertThat(preview.programmes()).filteredOn(p -> p.programme().equals(DemoData.PROGRAMME_A)).singleElement()
                .satisfies(p -> assertThat(p.months()).isEqualTo(120))
                .satisfies(p -> assertThat(p.people()).isZero());
        assertThat(preview.people()).filteredOn(c -> c.programme().equals(DemoData.PROGRAMME_B))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> assertThat(c.completed()).isFalse());
    }
}
