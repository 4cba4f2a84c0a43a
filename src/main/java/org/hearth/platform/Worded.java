package org.hearth.platform;

/**
 * An enum whose label is its constant's name in words, as a sentence starts ({@code NOT_REQUIRED} is "Not
 * required"): the label is written once, as the constant. An enum whose labels say more than their names keeps a
 * label of its own.
 */
public interface Worded {

    /** The constant's name (every enum has it). */
    String name();

    /** The name in words, as pages show it. */
    default String label() {
        return Enums.words(name());
    }
}
