package org.hearth.people.matching;

/**
 * How one field of two records compared, as a closed set the engine's callers can map to words (a {@code switch}
 * the compiler checks) rather than parse the engine's level names. Each comparison level of the engine maps to
 * exactly one of these; which ones a field can take is listed with each.
 */
public enum Evidence {
    /** One record or both lack the field (weighs nothing). */
    MISSING,
    /** The same value. */
    EXACT,
    /** Forename and surname swapped with each other (forename, surname). */
    NAMES_SWAPPED,
    /** Day and month swapped (date of birth). */
    DAY_AND_MONTH_SWAPPED,
    /** Spelt slightly differently: Jaro-Winkler at least 0.92 (names). */
    CLOSE_SPELLING,
    /** One character wrong or two adjacent ones swapped (postcode, identifier). */
    ONE_CHARACTER_DIFFERENT,
    /** One digit wrong or two adjacent digits swapped (date of birth). */
    ONE_DIGIT_DIFFERENT,
    /** A short form or nickname of the other (forename). */
    NICKNAME,
    /** Sound alike: the same Double Metaphone code (names). */
    SOUNDS_ALIKE,
    /** One is only an initial, and the initials agree (forename). */
    INITIAL,
    /** A double-barrelled name shares a part with the other (surname). */
    SHARES_A_PART,
    /** Spelt differently, though alike: Jaro-Winkler at least 0.80 (names). */
    DISTANT_SPELLING,
    /** Within a year of each other (date of birth). */
    WITHIN_A_YEAR,
    /** Same house number and street (address). */
    SAME_HOUSE_AND_STREET,
    /** Most words in common (address). */
    SIMILAR,
    /** Same street, another house (address). */
    SAME_STREET,
    /** Only a town recorded on one record at least, and the towns agree (address). */
    SAME_TOWN,
    /** Same postcode sector, e.g. {@code LS6 2} (postcode). */
    SAME_SECTOR,
    /** Same postcode district, e.g. {@code LS6} (postcode). */
    SAME_DISTRICT,
    /** Agrees, but already counted under another field (postcode, implied by the address; surname, by swapped names). */
    COUNTED_ELSEWHERE,
    /** Different. */
    DIFFERENT;

    /** Whether this is evidence that the two values agree, wholly or in part. */
    public boolean agrees() {
        return this != MISSING && this != DIFFERENT;
    }
}
