package org.hearth.strategy;

import org.hearth.platform.Enums;
import org.hearth.platform.Worded;

/** An objective's current performance, as Leicester's strategy rates it (seed 002 §2.5), plus Achieved. */
public enum ObjectiveStatus implements Worded {
    GAP_IDENTIFIED("red"),
    WORKING_TOWARDS("orange"),
    SOME_SUCCESS("blue"),
    ACHIEVED("green");

    private final String colour;

    ObjectiveStatus(String colour) {
        this.colour = colour;
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
