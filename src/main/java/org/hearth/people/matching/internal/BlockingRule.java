package org.hearth.people.matching.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A blocking rule: records sharing its key are compared. The union of the rules is compared, each pair
 * once. {@code involves} names the comparisons the rule conditions on: EM training on the pairs of this
 * rule does not estimate them (their agreement there says nothing about matches).
 */
public enum BlockingRule {

    POSTCODE("postcode", EnumSet.of(Comparison.POSTCODE, Comparison.ADDRESS)),
    SURNAME_PHONETIC_AND_BIRTH_YEAR("surname phonetic + year of birth + forename initial",
            EnumSet.of(Comparison.SURNAME, Comparison.DATE_OF_BIRTH, Comparison.FORENAME)),
    FORENAME_PHONETIC_AND_DATE_OF_BIRTH("forename phonetic + date of birth",
            EnumSet.of(Comparison.FORENAME, Comparison.DATE_OF_BIRTH)),
    NAMES_PHONETIC("forename and surname phonetic, either order, + year of birth",
            EnumSet.of(Comparison.FORENAME, Comparison.SURNAME, Comparison.DATE_OF_BIRTH)),
    DATE_OF_BIRTH_AND_DISTRICT("date of birth + postcode district or street",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.POSTCODE, Comparison.ADDRESS)),
    HOUSE_AND_STREET("house number + street + town", EnumSet.of(Comparison.ADDRESS, Comparison.POSTCODE)),
    NAMES_EXACT("forename + surname, exact, either order", EnumSet.of(Comparison.FORENAME, Comparison.SURNAME)),
    DATE_OF_BIRTH_AND_SURNAME_INITIAL("date of birth + surname initial",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.SURNAME)),
    SURNAME_PHONETIC_AND_DATE_OF_BIRTH("surname phonetic + date of birth",
            EnumSet.of(Comparison.SURNAME, Comparison.DATE_OF_BIRTH)),
    NAMES_PHONETIC_AND_DISTRICT("forename and surname phonetic + postcode district",
            EnumSet.of(Comparison.FORENAME, Comparison.SURNAME, Comparison.POSTCODE, Comparison.ADDRESS)),
    IDENTIFIER("identifier", EnumSet.of(Comparison.IDENTIFIER));

    static final BlockingRule[] ALL = values();
    static final List<BlockingRule> DEFAULT = List.of(ALL);

    final String description;
    final Set<Comparison> involves;

    BlockingRule(String description, Set<Comparison> involves) {
        this.description = description;
        this.involves = involves;
    }

    public String description() {
        return description;
    }

    /** The record's key under this rule, 0 when a field it needs is missing. */
    long key(Prepared p, int i) {
        return switch (this) {
            case POSTCODE -> p.postcodeH[i];
            case SURNAME_PHONETIC_AND_BIRTH_YEAR -> p.birthYear(i) == 0 || p.given[i] == null ? 0
                    : Hash.and(Hash.and(p.surnameDm[i], Hash.ofInt(p.birthYear(i))), Hash.ofInt(p.givenInitial[i]));
            case FORENAME_PHONETIC_AND_DATE_OF_BIRTH -> p.dob[i] < 0 ? 0 : Hash.and(p.givenDm[i], Hash.ofInt(p.dob[i]));
            case NAMES_PHONETIC -> {
                long g = p.givenDm[i];
                long s = p.surnameDm[i];
                if (g == 0 || s == 0) {
                    yield 0;
                }
                if (p.birthYear(i) == 0) {
                    yield 0;
                }
                yield Hash.and(g < s ? Hash.and(g, s) : Hash.and(s, g), Hash.ofInt(p.birthYear(i)));
            }
            case DATE_OF_BIRTH_AND_DISTRICT -> {
                if (p.dob[i] < 0) {
                    yield 0;
                }
                long place = p.districtH[i] != 0 ? p.districtH[i] : p.streetH[i];
                yield Hash.and(Hash.ofInt(p.dob[i]), place);
            }
            case HOUSE_AND_STREET -> Hash.and(Hash.and(p.houseH[i], p.streetH[i]), p.townH[i]);
            case NAMES_EXACT -> {
                long g = p.givenH[i];
                long s = p.surnameH[i];
                if (g == 0 || s == 0) {
                    yield 0;
                }
                yield g < s ? Hash.and(g, s) : Hash.and(s, g);
            }
            case DATE_OF_BIRTH_AND_SURNAME_INITIAL -> p.dob[i] < 0 || p.surname[i] == null ? 0
                    : Hash.and(Hash.ofInt(p.dob[i]), Hash.ofInt(p.surname[i].charAt(0)));
            case SURNAME_PHONETIC_AND_DATE_OF_BIRTH -> p.dob[i] < 0 ? 0 : Hash.and(p.surnameDm[i], Hash.ofInt(p.dob[i]));
            case NAMES_PHONETIC_AND_DISTRICT -> Hash.and(Hash.and(p.givenDm[i], p.surnameDm[i]), p.districtH[i]);
            case IDENTIFIER -> p.identifierH[i];
        };
    }
}
