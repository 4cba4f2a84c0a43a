package org.hearth.people.matching.internal;

import static org.hearth.people.matching.internal.Similarity.contains;
import static org.hearth.people.matching.internal.Similarity.intersection;
import static org.hearth.people.matching.internal.Similarity.jaroWinkler;
import static org.hearth.people.matching.internal.Similarity.oneCharWrong;
import static org.hearth.people.matching.internal.Similarity.oneDigitWrong;
import static org.hearth.people.matching.internal.Similarity.phonetic;

/**
 * The level two prepared records reach on each {@link Comparison}, field by field: 0 is "missing", then the
 * comparison's levels in order, the first that applies winning (the numbers are the indices of
 * {@link Comparison#levels()}).
 */
final class FieldLevels {

    private FieldLevels() {
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
}
