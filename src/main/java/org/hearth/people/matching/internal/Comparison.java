package org.hearth.people.matching.internal;

import static org.hearth.people.matching.Evidence.*;

import java.util.List;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.MatchField;

/**
 * The field comparisons and their levels. Level 0 of every comparison is "missing" (weight 0); then
 * levels from the strongest agreement to "else", the first that applies wins. At most 15 levels, so a
 * pair's comparison vector packs into one int, four bits a comparison.
 */
public enum Comparison {

    FORENAME(MatchField.FORENAME, List.of("missing", "exact", "swapped with surname", "Jaro-Winkler >= 0.92",
            "nickname", "phonetic", "initial", "Jaro-Winkler >= 0.80", "else"),
            List.of(MISSING, EXACT, NAMES_SWAPPED, CLOSE_SPELLING, NICKNAME, SOUNDS_ALIKE, INITIAL, DISTANT_SPELLING,
                    DIFFERENT)),
    SURNAME(MatchField.SURNAME, List.of("missing", "exact", "swapped with forename (weighed under forename)",
            "Jaro-Winkler >= 0.92", "phonetic", "shares a part", "Jaro-Winkler >= 0.80", "else"),
            List.of(MISSING, EXACT, COUNTED_ELSEWHERE, CLOSE_SPELLING, SOUNDS_ALIKE, SHARES_A_PART, DISTANT_SPELLING,
                    DIFFERENT)),
    DATE_OF_BIRTH(MatchField.DATE_OF_BIRTH, List.of("missing", "exact", "day and month swapped", "one digit wrong",
            "within a year", "else"),
            List.of(MISSING, EXACT, DAY_AND_MONTH_SWAPPED, ONE_DIGIT_DIFFERENT, WITHIN_A_YEAR, DIFFERENT)),
    ADDRESS(MatchField.ADDRESS, List.of("missing", "exact", "same house and street", "fuzzy", "same street",
            "same town (only a town recorded)", "else"),
            List.of(MISSING, EXACT, SAME_HOUSE_AND_STREET, SIMILAR, SAME_STREET, SAME_TOWN, DIFFERENT)),
    POSTCODE(MatchField.POSTCODE, List.of("missing", "exact", "one character wrong", "same sector", "same district",
            "else"),
            List.of(MISSING, EXACT, ONE_CHARACTER_DIFFERENT, SAME_SECTOR, SAME_DISTRICT, DIFFERENT)),
    SEX(MatchField.SEX, List.of("missing", "same", "different"), List.of(MISSING, EXACT, DIFFERENT)),
    IDENTIFIER(MatchField.IDENTIFIER, List.of("missing", "exact", "one character wrong", "else"),
            List.of(MISSING, EXACT, ONE_CHARACTER_DIFFERENT, DIFFERENT));

    static final Comparison[] ALL = values();
    static final int COUNT = ALL.length;


    final String field;
    final MatchField on;
    final List<String> levels;
    /** The evidence each level is, level by level. */
    final List<Evidence> evidence;

    Comparison(MatchField on, List<String> levels, List<Evidence> evidence) {
        if (levels.size() != evidence.size()) {
            throw new IllegalStateException(on + ": one evidence a level");
        }
        this.on = on;
        this.field = on.label();
        this.levels = levels;
        this.evidence = evidence;
    }

    public String field() {
        return field;
    }

    /** The evidence of level {@code level}. */
    public Evidence evidence(int level) {
        return evidence.get(level);
    }

    public List<String> levels() {
        return levels;
    }

    /** Number of levels including "missing". */
    int levelCount() {
        return levels.size();
    }

    /** Level 1 ("exact") carries a term-frequency adjustment. */
    boolean termFrequencyAdjusted() {
        return this == FORENAME || this == SURNAME || this == POSTCODE;
    }

    /** The comparison vector of records {@code i} of {@code a} and {@code j} of {@code b}, 4 bits a comparison. */
    static int pattern(Prepared a, int i, Prepared b, int j) {
        return forename(a, i, b, j)
                | surname(a, i, b, j) << 4
                | dateOfBirth(a, i, b, j) << 8
                | address(a, i, b, j) << 12
                | postcode(a, i, b, j) << 16
                | sex(a, i, b, j) << 20
                | identifier(a, i, b, j) << 24;
    }

    /** How two recorded dates of birth compare (ISO or {@code yyyyMMdd}; null or blank is missing). */
    public static Evidence datesOfBirth(String a, String b) {
        Prepared p = new Prepared(java.util.List.of(
                new org.hearth.people.matching.PersonRecord("a", null, null, a, null, null, null),
                new org.hearth.people.matching.PersonRecord("b", null, null, b, null, null, null)), null);
        return DATE_OF_BIRTH.evidence(dateOfBirth(p, 0, p, 1));
    }

    static int level(int pattern, int comparison) {
        return pattern >>> (4 * comparison) & 0xF;
    }

    static int forename(Prepared a, int i, Prepared b, int j) {
        if (a.givenH[i] == 0 || b.givenH[j] == 0) {
            return 0;
        }
        if (a.givenH[i] == b.givenH[j]) {
            return 1;
        }
        if (a.givenH[i] == b.surnameH[j] && a.surnameH[i] == b.givenH[j]) {
            return 2;
        }
        String x = a.given[i];
        String y = b.given[j];
        if (x.length() > 1 && y.length() > 1) {
            double jw = jaroWinkler(x, y);
            if (jw >= 0.92) {
                return 3;
            }
            if (nicknames(a, i, b, j)) {
                return 4;
            }
            if (phonetic(a.givenDm[i], a.givenDmAlt[i], b.givenDm[j], b.givenDmAlt[j])) {
                return 5;
            }
            return jw >= 0.80 ? 7 : 8;
        }
        // at least one is an initial
        return a.givenInitial[i] == b.givenInitial[j] ? 6 : 8;
    }

    static int surname(Prepared a, int i, Prepared b, int j) {
        if (a.surnameH[i] == 0 || b.surnameH[j] == 0) {
            return 0;
        }
        if (a.surnameH[i] == b.surnameH[j]) {
            return 1;
        }
        if (a.givenH[i] == b.surnameH[j] && a.surnameH[i] == b.givenH[j]) {
            return 2;
        }
        double jw = jaroWinkler(a.surname[i], b.surname[j]);
        if (jw >= 0.92) {
            return 3;
        }
        if (phonetic(a.surnameDm[i], a.surnameDmAlt[i], b.surnameDm[j], b.surnameDmAlt[j])) {
            return 4;
        }
        if (sharesPart(a, i, b, j)) {
            return 5;
        }
        return jw >= 0.80 ? 6 : 7;
    }

    /**
     * Jaro-Winkler similarity, or 0 when a cheap bound shows it is below 0.80 (the lowest band used):
     * Jaro-Winkler >= 0.80 needs Jaro >= 2/3, and the characters two strings can have in common are bounded
     * by the characters of each that occur at all in the other.
     */
    static double jaroWinkler(String x, String y) {
        long mx = letters(x);
        long my = letters(y);
        int cx = present(x, my);
        int cy = present(y, mx);
        int common = Math.min(cx, cy);
        double bound = ((double) common / x.length() + (double) common / y.length() + 1) / 3;
        if (bound < 2.0 / 3.0 - 1e-9) {
            return 0;
        }
        return JaroWinkler.similarity(x, y);
    }

    private static long letters(String s) {
        long m = 0;
        for (int k = 0; k < s.length(); k++) {
            m |= 1L << (s.charAt(k) & 63);
        }
        return m;
    }

    private static int present(String s, long mask) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if ((mask & 1L << (s.charAt(k) & 63)) != 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean sharesPart(Prepared a, int i, Prepared b, int j) {
        long[] x = a.surnameTokens[i];
        long[] y = b.surnameTokens[j];
        if (x == null && y == null) {
            return false;
        }
        if (x == null) {
            return contains(y, Hash.of(a.surname[i]));
        }
        if (y == null) {
            return contains(x, Hash.of(b.surname[j]));
        }
        return intersection(x, y) > 0;
    }

    private static boolean contains(long[] sorted, long h) {
        return java.util.Arrays.binarySearch(sorted, h) >= 0;
    }

    private static boolean phonetic(long p1, long a1, long p2, long a2) {
        return p1 != 0 && (p1 == p2 || p1 == a2 || a1 == p2);
    }

    static int dateOfBirth(Prepared a, int i, Prepared b, int j) {
        int x = a.dob[i];
        int y = b.dob[j];
        if (x < 0 || y < 0) {
            return 0;
        }
        if (x == y) {
            return 1;
        }
        int yx = x / 10000;
        int mx = x / 100 % 100;
        int dx = x % 100;
        int yy = y / 10000;
        int my = y / 100 % 100;
        int dy = y % 100;
        if (yx == yy && mx == dy && dx == my) {
            return 2;
        }
        if (oneDigitWrong(x, y)) {
            return 3;
        }
        int ex = a.dobEpoch[i];
        int ey = b.dobEpoch[j];
        if (ex != Integer.MIN_VALUE && ey != Integer.MIN_VALUE && Math.abs(ex - ey) <= 366) {
            return 4;
        }
        return 5;
    }

    /** One of the eight digits differs, or two adjacent digits are transposed. */
    static boolean oneDigitWrong(int x, int y) {
        int diff = 0;
        int firstX = 0;
        int firstY = 0;
        int secondX = 0;
        int secondY = 0;
        int firstAt = -1;
        int secondAt = -1;
        for (int k = 0; k < 8; k++) {
            int dx = x % 10;
            int dy = y % 10;
            x /= 10;
            y /= 10;
            if (dx != dy) {
                diff++;
                if (diff == 1) {
                    firstAt = k;
                    firstX = dx;
                    firstY = dy;
                } else if (diff == 2) {
                    secondAt = k;
                    secondX = dx;
                    secondY = dy;
                } else {
                    return false;
                }
            }
        }
        if (diff == 1) {
            return true;
        }
        // two adjacent digits transposed
        return diff == 2 && secondAt == firstAt + 1 && firstX == secondY && secondX == firstY;
    }

    static int address(Prepared a, int i, Prepared b, int j) {
        if (a.townOnly[i] || b.townOnly[j]) {
            // only a town on one side at least: the towns are all that can be compared
            if (a.townH[i] == 0 || b.townH[j] == 0) {
                return 0;
            }
            return a.townH[i] == b.townH[j] ? 5 : 6;
        }
        if (a.addressH[i] == 0 || b.addressH[j] == 0) {
            return 0;
        }
        if (a.addressH[i] == b.addressH[j]) {
            return 1;
        }
        boolean sameStreet = a.streetH[i] != 0 && a.streetH[i] == b.streetH[j];
        if (sameStreet && a.houseH[i] == b.houseH[j]) {
            return 2;
        }
        long[] x = a.addressTokens[i];
        long[] y = b.addressTokens[j];
        int common = intersection(x, y);
        int union = x.length + y.length - common;
        if (union > 0 && common * 2 >= union) {
            return 3;
        }
        if (a.houseH[i] != 0 && a.houseH[i] == b.houseH[j] && a.street[i] != null && b.street[j] != null
                && jaroWinkler(a.street[i], b.street[j]) >= 0.92) {
            return 3;
        }
        return sameStreet ? 4 : 6;
    }

    static int intersection(long[] x, long[] y) {
        int p = 0;
        int q = 0;
        int n = 0;
        while (p < x.length && q < y.length) {
            if (x[p] == y[q]) {
                n++;
                p++;
                q++;
            } else if (x[p] < y[q]) {
                p++;
            } else {
                q++;
            }
        }
        return n;
    }

    static int postcode(Prepared a, int i, Prepared b, int j) {
        if (a.postcodeH[i] == 0 || b.postcodeH[j] == 0) {
            return 0;
        }
        if (a.postcodeH[i] == b.postcodeH[j]) {
            return 1;
        }
        long px = a.postcodePacked[i];
        long py = b.postcodePacked[j];
        if (px != 0 && py != 0 ? oneCharWrong(px, py) : oneCharWrong(a.postcode[i], b.postcode[j])) {
            return 2;
        }
        if (a.sectorH[i] != 0 && a.sectorH[i] == b.sectorH[j]) {
            return 3;
        }
        if (a.districtH[i] != 0 && a.districtH[i] == b.districtH[j]) {
            return 4;
        }
        return 5;
    }

    static int sex(Prepared a, int i, Prepared b, int j) {
        if (a.sex[i] == 0 || b.sex[j] == 0) {
            return 0;
        }
        return a.sex[i] == b.sex[j] ? 1 : 2;
    }

    static int identifier(Prepared a, int i, Prepared b, int j) {
        if (a.identifierH[i] == 0 || b.identifierH[j] == 0) {
            return 0;
        }
        if (a.identifierH[i] == b.identifierH[j]) {
            return 1;
        }
        return oneCharWrong(a.identifier[i], b.identifier[j]) ? 2 : 3;
    }

    /** {@link Nicknames#share} from the one-group shortcut where both names have it. */
    private static boolean nicknames(Prepared a, int i, Prepared b, int j) {
        int x = a.givenNickOne[i];
        int y = b.givenNickOne[j];
        if (x == -1 || y == -1) {
            return false;
        }
        if (x >= 0 && y >= 0) {
            return x == y;
        }
        return Nicknames.share(a.givenNick[i], b.givenNick[j]);
    }

    /** {@link #oneCharWrong(String, String)} on two {@link Prepared#pack packed} strings. */
    static boolean oneCharWrong(long x, long y) {
        if (x >>> 56 != y >>> 56) {
            return false;
        }
        long d = x ^ y;
        if (d == 0) {
            return false; // equal strings: not "one character wrong" (as the String form says)
        }
        int first = Long.numberOfTrailingZeros(d) >>> 3;
        long rest = d & ~(0xFFL << (8 * first));
        if (rest == 0) {
            return true;
        }
        int second = Long.numberOfTrailingZeros(rest) >>> 3;
        if (second != first + 1 || (rest & ~(0xFFL << (8 * second))) != 0) {
            return false;
        }
        long cx1 = x >>> (8 * first) & 0xFF;
        long cx2 = x >>> (8 * second) & 0xFF;
        long cy1 = y >>> (8 * first) & 0xFF;
        long cy2 = y >>> (8 * second) & 0xFF;
        return cx1 == cy2 && cx2 == cy1;
    }

    /** Same length and one character differs, or two adjacent characters transposed. */
    static boolean oneCharWrong(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int first = -1;
        int diff = 0;
        for (int k = 0; k < x.length(); k++) {
            if (x.charAt(k) != y.charAt(k)) {
                if (diff++ == 0) {
                    first = k;
                }
                if (diff > 2) {
                    return false;
                }
            }
        }
        if (diff == 1) {
            return true;
        }
        return diff == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
    }
}
