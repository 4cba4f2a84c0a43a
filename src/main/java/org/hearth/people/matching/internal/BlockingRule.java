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
    FORENAME_PHONETIC_BIRTH_YEAR_AND_DAY("forename phonetic + year and day of birth (a wrong month)",
            EnumSet.of(Comparison.FORENAME, Comparison.DATE_OF_BIRTH)),
    NAMES_PHONETIC("forename and surname phonetic, either order, + year of birth",
            EnumSet.of(Comparison.FORENAME, Comparison.SURNAME, Comparison.DATE_OF_BIRTH)),
    DATE_OF_BIRTH_AND_DISTRICT("date of birth + postcode district or street",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.POSTCODE, Comparison.ADDRESS)),
    HOUSE_AND_STREET("house number + street + town", EnumSet.of(Comparison.ADDRESS, Comparison.POSTCODE)),
    NAMES_EXACT("forename + surname, exact, either order", EnumSet.of(Comparison.FORENAME, Comparison.SURNAME)),
    DATE_OF_BIRTH_AND_SURNAME_INITIAL("date of birth + surname initial",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.SURNAME)),
    SURNAME_PHONETIC_BIRTHDAY_AND_INITIAL("surname phonetic + day and month of birth + forename initial (a wrong year)",
            EnumSet.of(Comparison.SURNAME, Comparison.DATE_OF_BIRTH, Comparison.FORENAME)),
    NAMES_PHONETIC_AND_DISTRICT("forename and surname phonetic + postcode district",
            EnumSet.of(Comparison.FORENAME, Comparison.SURNAME, Comparison.POSTCODE, Comparison.ADDRESS)),
    IDENTIFIER("identifier", EnumSet.of(Comparison.IDENTIFIER)),
    DATE_OF_BIRTH_AND_FORENAME_INITIAL("date of birth + forename initial (a new surname)",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.FORENAME)),
    DATE_OF_BIRTH_AND_INITIALS("date of birth + both initials, either order (swapped names)",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.FORENAME, Comparison.SURNAME)),
    FORENAME_PHONETIC_AND_BIRTH_DATE_EITHER_ORDER("forename phonetic + year of birth + day and month in either order",
            EnumSet.of(Comparison.FORENAME, Comparison.DATE_OF_BIRTH)),
    FORENAME_PHONETIC_AND_BIRTH_MONTH("forename phonetic + year and month of birth (a wrong day)",
            EnumSet.of(Comparison.FORENAME, Comparison.DATE_OF_BIRTH)),
    SURNAME_PHONETIC_DISTRICT_AND_INITIAL("surname phonetic + postcode district + forename initial",
            EnumSet.of(Comparison.SURNAME, Comparison.POSTCODE, Comparison.ADDRESS, Comparison.FORENAME)),
    BIRTH_MONTH_AND_DISTRICT("year and month of birth + postcode district",
            EnumSet.of(Comparison.DATE_OF_BIRTH, Comparison.POSTCODE, Comparison.ADDRESS)),
    FORENAME_AND_DISTRICT("forename, exact, + postcode district (a new surname, no date of birth)",
            EnumSet.of(Comparison.FORENAME, Comparison.POSTCODE, Comparison.ADDRESS)),
    FORENAME_AND_SURNAME_PHONETIC("forename exact + surname phonetic (a misspelt surname)",
            EnumSet.of(Comparison.FORENAME, Comparison.SURNAME)),
    SURNAME_AND_FORENAME_PHONETIC("surname exact + forename phonetic (a misspelt forename)",
            EnumSet.of(Comparison.FORENAME, Comparison.SURNAME)),
    // the rules below hold up when fields are missing (no forename, no postcode, only a town): each needs only
    // one name, or none, and is used only where its block is small (a typo in the date of birth breaks the others)
    SURNAME_PHONETIC_BIRTH_MONTH("surname phonetic + year and month of birth (no forename, a wrong day)",
            EnumSet.of(Comparison.SURNAME, Comparison.DATE_OF_BIRTH), 30),
    SURNAME_PHONETIC_BIRTH_YEAR_AND_DAY("surname phonetic + year and day of birth (no forename, a wrong month)",
            EnumSet.of(Comparison.SURNAME, Comparison.DATE_OF_BIRTH), 30),
    SURNAME_PHONETIC_BIRTHDAY("surname phonetic + day and month of birth (no forename, a wrong year)",
            EnumSet.of(Comparison.SURNAME, Comparison.DATE_OF_BIRTH), 20),
    FORENAME_PHONETIC_BIRTHDAY("forename phonetic + day and month of birth (no surname, a wrong year)",
            EnumSet.of(Comparison.FORENAME, Comparison.DATE_OF_BIRTH), 20),
    DATE_OF_BIRTH("date of birth alone, where few share it (no names to block on)",
            EnumSet.of(Comparison.DATE_OF_BIRTH), 12),
    SURNAME_AND_TOWN("surname + town (no date of birth, no postcode)",
            EnumSet.of(Comparison.SURNAME, Comparison.ADDRESS), 30),
    FORENAME_AND_TOWN("forename + surname initial + town (no date of birth, no postcode, a new or misspelt surname)",
            EnumSet.of(Comparison.FORENAME, Comparison.ADDRESS), 30);

    static final BlockingRule[] ALL = values();
    static final List<BlockingRule> DEFAULT = List.of(ALL);

    final String description;
    final Set<Comparison> involves;
    /** Blocks larger than this are not compared under this rule (besides the engine's own limit). */
    final int maxBlock;

    BlockingRule(String description, Set<Comparison> involves) {
        this(description, involves, Integer.MAX_VALUE);
    }

    BlockingRule(String description, Set<Comparison> involves, int maxBlock) {
        this.description = description;
        this.involves = involves;
        this.maxBlock = maxBlock;
    }

    /**
     * Whether EM estimates the m probabilities on this rule's pairs. Not a rule limited to small blocks: its
     * pairs are a sample biased towards rare keys, and few (at 1M records most of its blocks are over the limit),
     * so an EM session on them would weigh as much as one on a whole rule's pairs and skew the average.
     */
    boolean trains() {
        return maxBlock == Integer.MAX_VALUE;
    }

    /** The largest block compared under this rule, given the engine's limit for every rule. */
    int maxBlock(int engineLimit) {
        return Math.min(engineLimit, maxBlock);
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
            case FORENAME_PHONETIC_BIRTH_YEAR_AND_DAY -> p.dob[i] < 0 ? 0
                    : Hash.and(p.givenDm[i], Hash.ofInt(p.birthYear(i) * 100 + p.dob[i] % 100));
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
            case SURNAME_PHONETIC_BIRTHDAY_AND_INITIAL -> p.dob[i] < 0 || p.given[i] == null ? 0
                    : Hash.and(Hash.and(p.surnameDm[i], Hash.ofInt(p.dob[i] % 10000)), Hash.ofInt(p.givenInitial[i]));
            case NAMES_PHONETIC_AND_DISTRICT -> Hash.and(Hash.and(p.givenDm[i], p.surnameDm[i]), p.districtH[i]);
            case IDENTIFIER -> p.identifierH[i];
            case DATE_OF_BIRTH_AND_FORENAME_INITIAL -> p.dob[i] < 0 || p.given[i] == null ? 0
                    : Hash.and(Hash.ofInt(p.dob[i]), Hash.ofInt(p.givenInitial[i]));
            case DATE_OF_BIRTH_AND_INITIALS -> {
                if (p.dob[i] < 0 || p.given[i] == null || p.surname[i] == null) {
                    yield 0;
                }
                char g = p.givenInitial[i];
                char s = p.surname[i].charAt(0);
                yield Hash.and(Hash.ofInt(p.dob[i]), Hash.ofInt(Math.min(g, s) << 16 | Math.max(g, s)));
            }
            case FORENAME_PHONETIC_AND_BIRTH_DATE_EITHER_ORDER -> p.dob[i] < 0 ? 0
                    : Hash.and(p.givenDm[i], Hash.ofInt(dayAndMonthEitherOrder(p.dob[i])));
            case FORENAME_PHONETIC_AND_BIRTH_MONTH -> p.dob[i] < 0 ? 0 : Hash.and(p.givenDm[i], Hash.ofInt(p.dob[i] / 100));
            case SURNAME_PHONETIC_DISTRICT_AND_INITIAL -> p.given[i] == null ? 0
                    : Hash.and(Hash.and(p.surnameDm[i], p.districtH[i]), Hash.ofInt(p.givenInitial[i]));
            case BIRTH_MONTH_AND_DISTRICT -> p.dob[i] < 0 ? 0 : Hash.and(Hash.ofInt(p.dob[i] / 100), p.districtH[i]);
            case FORENAME_AND_DISTRICT -> Hash.and(p.givenH[i], p.districtH[i]);
            case FORENAME_AND_SURNAME_PHONETIC -> Hash.and(p.givenH[i], p.surnameDm[i]);
            case SURNAME_AND_FORENAME_PHONETIC -> Hash.and(p.surnameH[i], p.givenDm[i]);
            case SURNAME_PHONETIC_BIRTH_MONTH -> p.dob[i] < 0 ? 0 : Hash.and(p.surnameDm[i], Hash.ofInt(p.dob[i] / 100));
            case SURNAME_PHONETIC_BIRTH_YEAR_AND_DAY -> p.dob[i] < 0 ? 0
                    : Hash.and(p.surnameDm[i], Hash.ofInt(p.birthYear(i) * 100 + p.dob[i] % 100));
            case SURNAME_PHONETIC_BIRTHDAY -> p.dob[i] < 0 ? 0 : Hash.and(p.surnameDm[i], Hash.ofInt(p.dob[i] % 10000));
            case FORENAME_PHONETIC_BIRTHDAY -> p.dob[i] < 0 ? 0 : Hash.and(p.givenDm[i], Hash.ofInt(p.dob[i] % 10000));
            case DATE_OF_BIRTH -> p.dob[i] < 0 ? 0 : Hash.ofInt(p.dob[i]);
            case SURNAME_AND_TOWN -> Hash.and(p.surnameH[i], p.townH[i]);
            case FORENAME_AND_TOWN -> p.surname[i] == null ? 0
                    : Hash.and(Hash.and(p.givenH[i], p.townH[i]), Hash.ofInt(p.surname[i].charAt(0)));
        };
    }

    /** {@code yyyyMMdd} with day and month put in ascending order: the same for a date and its swap. */
    static int dayAndMonthEitherOrder(int ymd) {
        int m = ymd / 100 % 100;
        int d = ymd % 100;
        return ymd / 10000 * 10000 + Math.min(m, d) * 100 + Math.max(m, d);
    }
}
