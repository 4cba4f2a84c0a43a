package org.hearth.strategy;

import org.hearth.platform.Enums;

/** An objective's current performance, as Leicester's strategy rates it (seed 002 §2.5), plus Achieved. */
public enum ObjectiveStatus {
    GAP_IDENTIFIED("Gap identified", "red"),
    WORKING_TOWARDS("Working towards", "orange"),
    SOME_SUCCESS("Some success", "blue"),
    ACHIEVED("Achieved", "green");

    private final String label;
    private final String colour;

    ObjectiveStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    /** The status named {@code value} (its enum name), or null when blank or unknown. */
    public static ObjectiveStatus parse(String value) {
        return Enums.named(ObjectiveStatus.class, value).orElse(null);
    }
}
