package org.hearth.strategy;

import org.hearth.platform.Worded;

/** A revision is a draft until reported; a reported revision is locked. */
public enum Bvpi225Status implements Worded {
    DRAFT("blue"),
    REPORTED("green");

    private final String colour;

    Bvpi225Status(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }
}
