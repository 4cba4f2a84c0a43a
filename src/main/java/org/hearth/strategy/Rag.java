package org.hearth.strategy;

import org.hearth.platform.Enums;
import org.hearth.platform.Worded;

/**
 * A red / amber / green status a coordinator gives a strategy's action, as reported to the board; {@code colour} is
 * the GOV.UK tag colour, the one mapping of every RAG Hearth shows (a KPI's status, worked out from its figures, is
 * {@code commissioning.KpiRag}, which takes its words and colours from here). GOV.UK Frontend has no amber tag: amber
 * is its orange (yellow reads as a lighter, different state, and Hearth's other "needs attention" tags are orange).
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
