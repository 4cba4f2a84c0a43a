package org.hearth.people;

/**
 * What a grant rests on, e.g. {@code referral} and the referral's id, so it can be ended when that closes.
 *
 * @param kind a lower-case word with hyphens ({@code referral}, {@code allocation-request}, {@code person})
 * @param id the id of that thing
 */
public record GrantBasis(String kind, String id) {

    /**
     * The basis of a grant whose holder says where the person is (a refuge provider's worker, granted by a refuge
     * referral): the holder's agency shows among the agencies involved and in the list of who can see the record
     * only to that agency's staff (and the grant to its holder), never to the person's other agencies.
     */
    public static final String WHEREABOUTS = "refuge-referral";

    /** Whether this basis reveals where the person is ({@link #WHEREABOUTS}). */
    public boolean revealsWhereabouts() {
        return WHEREABOUTS.equals(kind);
    }

    public GrantBasis {
        if (kind == null || !kind.matches("[a-z-]+") || id == null || id.isBlank()) {
            throw new IllegalArgumentException("A basis is a kind (lower-case word) and an id");
        }
    }

    public static GrantBasis of(String kind, Object id) {
        return new GrantBasis(kind, String.valueOf(id));
    }
}
