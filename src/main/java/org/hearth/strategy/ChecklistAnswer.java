package org.hearth.strategy;

import org.hearth.platform.Enums;

/** An answer to a checklist question. */
public enum ChecklistAnswer {
    YES("Yes", "green"),
    PARTLY("Partly", "orange"),
    NO("No", "red");

    private final String label;
    private final String colour;

    ChecklistAnswer(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    /** The answer named {@code value} (its enum name), or null. */
    public static ChecklistAnswer parse(String value) {
        return Enums.named(ChecklistAnswer.class, value).orElse(null);
    }
}
