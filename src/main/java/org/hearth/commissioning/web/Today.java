package org.hearth.commissioning.web;

import java.time.LocalDate;
import org.hearth.platform.Dates;

/** Today in the partnership's time zone. */
final class Today {

    private Today() {
    }

    static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }
}
