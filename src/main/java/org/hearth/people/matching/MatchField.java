package org.hearth.people.matching;

/** What one piece of a match's evidence is about: a field both records may hold, or the prior. */
public enum MatchField {
    /** Two records chosen at random: the starting odds, before any field is compared. */
    PRIOR("prior"),
    FORENAME("forename"),
    SURNAME("surname"),
    DATE_OF_BIRTH("date of birth"),
    ADDRESS("address"),
    POSTCODE("postcode"),
    SEX("sex"),
    IDENTIFIER("identifier");

    private final String label;

    MatchField(String label) {
        this.label = label;
    }

    /** The engine's own name for it, in reports. */
    public String label() {
        return label;
    }
}
