package org.hearth.people.matching;

/**
 * One agency's record of a person, as the matching engine sees it. Any field but {@code id} may be
 * {@code null} or blank (missing). Values are compared after normalisation (case, accents, punctuation).
 *
 * @param id          the record's identifier in its source (unique within one matching run)
 * @param givenName   forename(s)
 * @param surname     family name
 * @param dateOfBirth ISO {@code yyyy-MM-dd} (or {@code yyyyMMdd}) as recorded; an impossible date such as
 *                    {@code 1980-02-30} is kept, since source systems do record them
 * @param sex         {@code F}, {@code M} or another code; compared exactly
 * @param address     free-text address, first line first (e.g. {@code 12 Acacia Avenue, Flat 3, Leeds})
 * @param postcode    UK postcode in any spacing (other countries' postcodes are compared as strings)
 * @param identifier  a strong identifier the source may carry (e.g. an NHS number); usually {@code null}
 */
public record MatchRecord(String id, String givenName, String surname, String dateOfBirth, String sex,
        String address, String postcode, String identifier) {

    public MatchRecord {
        if (id == null) {
            throw new IllegalArgumentException("a person record needs an id");
        }
    }

    /** A record without a strong identifier. */
    public MatchRecord(String id, String givenName, String surname, String dateOfBirth, String sex,
            String address, String postcode) {
        this(id, givenName, surname, dateOfBirth, sex, address, postcode, null);
    }

    /** Only the id: a record's contents are personal data and stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "MatchRecord[" + id + "]";
    }
}
