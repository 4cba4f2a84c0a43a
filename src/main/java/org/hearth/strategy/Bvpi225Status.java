package org.hearth.strategy;

/** A revision is a draft until reported; a reported revision is locked. */
public enum Bvpi225Status {
    DRAFT("Draft", "blue"),
    REPORTED("Reported", "green");

    private final String label;
    private final String colour;

    Bvpi225Status(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
