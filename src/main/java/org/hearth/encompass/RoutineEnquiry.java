package org.hearth.encompass;

import java.util.Optional;
import org.hearth.platform.Enums;

/** Whether a GP practice asks its patients about domestic abuse routinely (seed 003: 16 Leeds practices, 18 more in discussion). */
public enum RoutineEnquiry {
    YES("Undertakes routine enquiry"), IN_DISCUSSION("In discussion"), NO("Does not undertake routine enquiry");

    private final String label;

    RoutineEnquiry(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RoutineEnquiry> parse(String text) {
        return Enums.namedIgnoringCase(RoutineEnquiry.class, text);
    }
}
