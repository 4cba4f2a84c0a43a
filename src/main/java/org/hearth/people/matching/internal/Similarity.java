package org.hearth.people.matching.internal;

import java.util.Arrays;

/**
 * How alike two strings or two dates are, as pure functions the field comparisons ({@link FieldLevels}) are built
 * from: a bounded Jaro-Winkler, one character or one digit wrong (or two adjacent ones swapped), shared tokens and
 * phonetic codes.
 */
final class Similarity {

    private Similarity() {
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

    static boolean contains(long[] sorted, long h) {
        return Arrays.binarySearch(sorted, h) >= 0;
    }

    static boolean phonetic(long p1, long a1, long p2, long a2) {
        return p1 != 0 && (p1 == p2 || p1 == a2 || a1 == p2);
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
