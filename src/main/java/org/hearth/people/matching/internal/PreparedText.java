package org.hearth.people.matching.internal;

import java.util.Arrays;

/** The text helpers of {@link Prepared}: address segments, name tokens and their hashes. Pure functions. */
final class PreparedText {

    private PreparedText() {
    }

    /** Whether an address segment names a flat, unit or room (the street is then in the next segment). */
    static boolean isSubPremise(String segment) {
        return segment.startsWith("flat") || segment.startsWith("apartment") || segment.startsWith("apt")
                || segment.startsWith("unit") || segment.startsWith("room") || segment.startsWith("maisonette");
    }

    /** The first word. */
    static String firstToken(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    /** Whether there is a digit (a house number). */
    static boolean hasDigit(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (Character.isDigit(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The distinct hashes of the non-empty words, sorted. */
    static long[] tokens(String[] parts) {
        long[] h = new long[parts.length];
        int n = 0;
        for (String p : parts) {
            if (!p.isEmpty()) {
                h[n++] = Hash.of(p);
            }
        }
        h = Arrays.copyOf(h, n);
        Arrays.sort(h);
        int u = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || h[k] != h[k - 1]) {
                h[u++] = h[k];
            }
        }
        return Arrays.copyOf(h, u);
    }
}
