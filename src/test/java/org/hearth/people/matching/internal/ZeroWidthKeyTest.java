package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 12: zero-width joiners, non-joiners and spaces are kept in a stored name (they are part of how
 * some Persian, Urdu and Bengali names are spelt) but play no part in the matching key, so "A\u200bB" and "AB"
 * match. The key is built by {@link Normalise#name}.
 */
class ZeroWidthKeyTest {

    @Test
    void zeroWidthCharactersAreNotPartOfTheMatchingKey() {
        String plain = Normalise.name("AB");
        assertThat(plain).isEqualTo("ab");
        for (String zeroWidth : new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}) {
            assertThat(Normalise.name("A" + zeroWidth + "B")).as("U+%04X", (int) zeroWidth.charAt(0)).isEqualTo(plain);
        }
        assertThat(Normalise.name("Zo\u00e9")).isEqualTo(Normalise.name("Zoe\u0301")).isEqualTo("zoe");
    }
}
