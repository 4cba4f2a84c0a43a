package org.hearth.commissioning.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in the partnership's time zone. */
final class Today {

    private Today() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
