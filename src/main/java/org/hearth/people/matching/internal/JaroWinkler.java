package org.hearth.people.matching.internal;

/**
 * Jaro-Winkler similarity without allocation, for the comparison hot loop. Gives the same values as
 * Apache Commons Text's {@code JaroWinklerSimilarity} (a unit test holds it to that on random strings); the
 * library version boxes every character, which made random-pair sampling several times slower.
 */
final class JaroWinkler {

    private static final ThreadLocal<boolean[]> FLAGS = ThreadLocal.withInitial(() -> new boolean[256]);

    private JaroWinkler() {
    }

    static double similarity(String first, String second) {
        String max;
        String min;
        if (first.length() > second.length()) {
            max = first;
            min = second;
        } else {
            max = second;
            min = first;
        }
        int maxLength = max.length();
        int minLength = min.length();
        if (minLength == 0) {
            return first.equals(second) ? 1 : 0;
        }
        int range = Math.max(maxLength / 2 - 1, 0);
        boolean[] flags = FLAGS.get();
        if (flags.length < maxLength + minLength) {
            flags = new boolean[Math.max(2 * flags.length, maxLength + minLength)];
            FLAGS.set(flags);
        }
        // flags[0..minLength) marks matched characters of min, flags[minLength..) those of max
        java.util.Arrays.fill(flags, 0, minLength + maxLength, false);
        int matches = 0;
        for (int i = 0; i < minLength; i++) {
            char c = min.charAt(i);
            int to = Math.min(i + range + 1, maxLength);
            for (int j = Math.max(i - range, 0); j < to; j++) {
                if (!flags[minLength + j] && c == max.charAt(j)) {
                    flags[i] = true;
                    flags[minLength + j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < minLength; i++) {
            if (flags[i]) {
                while (!flags[minLength + j]) {
                    j++;
                }
                if (min.charAt(i) != max.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, minLength); i++) {
            if (first.charAt(i) == second.charAt(i)) {
                prefix++;
            } else {
                break;
            }
        }
        double m = matches;
        double jaro = (m / first.length() + m / second.length() + (m - transpositions / 2.0) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + Math.min(0.1, 1.0 / maxLength) * prefix * (1 - jaro);
    }
}
