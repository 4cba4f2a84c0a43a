package org.hearth.strategy;

import org.hearth.platform.Enums;
import org.hearth.platform.Worded;

/** An answer to a checklist question. */
public enum ChecklistAnswer implements Worded {
    YES("green"),
    PARTLY("orange"),
    NO("red");

    private final String colour;

    ChecklistAnswer(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    /** The answer named {@code value} (its enum name), or null. */
    public static ChecklistAnswer parse(String value) {
        return Enums.named(ChecklistAnswer.class, value).orElse(null);
    }
}
