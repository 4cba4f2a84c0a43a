package org.hearth.people;

/**
 * What a grant rests on, e.g. {@code referral} and the referral's id, so it can be ended when that closes.
 *
 * @param kind a lower-case word with hyphens ({@code referral}, {@code allocation-request}, {@code person})
 * @param id the id of that thing
 */
public record GrantBasis(String kind, String id) {

    public GrantBasis {
        if (kind == null || !kind.matches("[a-z-]+") || id == null || id.isBlank()) {
            throw new IllegalArgumentException("A basis is a kind (lower-case word) and an id");
        }
    }

    public static GrantBasis of(String kind, Object id) {
        return new GrantBasis(kind, String.valueOf(id));
    }
}
