package org.tandem.duo;

import java.util.List;

/** A duo's agreement as its page shows it: see {@link AgreementService#overview(long)}. */
public record AgreementOverview(List<AgreementView> versions, boolean writable, AgreementChange draft) {

    public AgreementView current() {
        return versions.isEmpty() ? null : versions.get(0);
    }
}
