package org.tandem.programme;

import org.tandem.shared.Country;

public record SiteView(long id, String city, Country country) {

    static SiteView from(Site site) {
        return new SiteView(site.id(), site.city(), site.country());
    }
}
