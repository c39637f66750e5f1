package org.tandem.activity.calendar;

import java.time.ZoneId;
import org.tandem.shared.Country;

/** The time zone an activity's wall-clock times are in: its site's country, Amsterdam when online or unknown. */
public final class Zones {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Amsterdam");

    private Zones() {
    }

    public static ZoneId of(Country country) {
        if (country == null) {
            return DEFAULT;
        }
        return switch (country) {
            case NL -> DEFAULT;
            case BE -> ZoneId.of("Europe/Brussels");
            case FR -> ZoneId.of("Europe/Paris");
        };
    }
}
