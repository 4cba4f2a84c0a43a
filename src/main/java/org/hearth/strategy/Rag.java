package org.hearth.strategy;

import org.hearth.platform.Enums;

/** A red / amber / green status, as reported to the board; {@code colour} is the GOV.UK tag colour. */
public enum Rag {
    RED("Red", "red"),
    AMBER("Amber", "orange"),
    GREEN("Green", "green");

    private final String label;
    private final String colour;

    Rag(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    /** The status named {@code value} (its enum name), or null when blank or unknown. */
    public static Rag parse(String value) {
        return Enums.named(Rag.class, value).orElse(null);
    }
}
