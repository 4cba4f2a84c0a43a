package org.hearth.encompass;

import java.util.Optional;

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
        if (text == null) {
            return Optional.empty();
        }
        for (RoutineEnquiry r : values()) {
            if (r.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
