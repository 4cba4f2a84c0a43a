package org.hearth.insights;

/** A headline figure: what it is, its value, and how it is worked out (or what it compares with). */
public record Headline(String id, String section, String label, Cell value, String detail) {
}
