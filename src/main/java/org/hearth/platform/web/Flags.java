package org.hearth.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of those flags that hold, in the order given: a hub case's flags, a refuge referral's needs. Written as
 * one chain, {@code new Flags().add(c.repeatVictim(), "Repeat victim").add(...).words()}, in place of an
 * {@code if} a flag.
 */
public final class Flags {

    private final List<String> words = new ArrayList<>();

    /** Adds {@code word} when {@code holds}. */
    public Flags add(boolean holds, String word) {
        if (holds) {
            words.add(word);
        }
        return this;
    }

    /** The words added, in order. */
    public List<String> words() {
        return List.copyOf(words);
    }
}
