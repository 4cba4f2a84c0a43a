package org.hearth.people;

/** A warning shown wherever a person appears, e.g. "Repeat victim". {@code colour} is a GOV.UK tag colour. */
public record PersonFlag(String label, String colour, String explanation) {
}
