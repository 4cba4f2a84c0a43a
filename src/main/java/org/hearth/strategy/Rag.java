package org.hearth.strategy;

import org.hearth.platform.Enums;
import org.hearth.platform.Worded;

/**
 * A red / amber / green status a coordinator gives a strategy's action, as reported to the board; {@code colour} is
 * the GOV.UK tag colour. (A KPI's status, worked out from its figures, is {@code commissioning.KpiRag}.)
 */
public enum Rag implements Worded {
    RED("red"),
    AMBER("orange"),
    GREEN("green");

    private final String colour;

    Rag(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    /** The status named {@code value} (its enum name), or null when blank or unknown. */
    public static Rag parse(String value) {
        return Enums.named(Rag.class, value).orElse(null);
    }
}
