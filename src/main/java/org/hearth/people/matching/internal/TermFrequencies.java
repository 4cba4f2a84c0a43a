package org.hearth.people.matching.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each normalised forename, surname and postcode occurs in the data the model was trained on:
 * an exact match on a rare surname is stronger evidence than on a common one.
 */
public final class TermFrequencies {

    final Map<Long, int[]> given = new HashMap<>();
    final Map<Long, int[]> surname = new HashMap<>();
    final Map<Long, int[]> postcode = new HashMap<>();
    long givenTotal;
    long surnameTotal;
    long postcodeTotal;

    static TermFrequencies of(Prepared p) {
        TermFrequencies tf = new TermFrequencies();
        for (int i = 0; i < p.size; i++) {
            count(tf, tf.given, p.givenH[i], 0);
            count(tf, tf.surname, p.surnameH[i], 1);
            count(tf, tf.postcode, p.postcodeH[i], 2);
        }
        return tf;
    }

    private static void count(TermFrequencies tf, Map<Long, int[]> map, long h, int which) {
        if (h == 0) {
            return;
        }
        map.computeIfAbsent(h, k -> new int[1])[0]++;
        switch (which) {
            case 0 -> tf.givenTotal++;
            case 1 -> tf.surnameTotal++;
            default -> tf.postcodeTotal++;
        }
    }

    /** Relative frequency of a value; an unseen value counts as seen once. */
    static double frequency(Map<Long, int[]> map, long total, long h) {
        if (h == 0 || total == 0) {
            return Double.NaN;
        }
        int[] c = map.get(h);
        return (c == null ? 1 : c[0]) / (double) total;
    }

    void fill(Prepared p) {
        for (int i = 0; i < p.size; i++) {
            p.givenTf[i] = (float) frequency(given, givenTotal, p.givenH[i]);
            p.surnameTf[i] = (float) frequency(surname, surnameTotal, p.surnameH[i]);
            p.postcodeTf[i] = (float) frequency(postcode, postcodeTotal, p.postcodeH[i]);
        }
    }
}
