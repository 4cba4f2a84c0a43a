package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hearth.people.matching.MatchRecord;

/**
 * A random sample of records to train a model on: the same sample for the same records and seed, in the records'
 * own order. The model's parameters (m, u, the prior) are proportions, which a random sample estimates without
 * needing the whole register: the share of matching pairs among all pairs is the same in a random sample.
 */
public final class TrainingSample {

    private TrainingSample() {
    }

    /** {@code size} of {@code records} chosen at random (all of them, in order, when there are no more). */
    public static List<MatchRecord> of(List<MatchRecord> records, int size, long seed) {
        int n = records.size();
        if (size >= n) {
            return records;
        }
        // a partial Fisher-Yates shuffle of the indices: the first `size` places are a uniform sample
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] chosen = Arrays.copyOf(order, size);
        Arrays.sort(chosen);
        List<MatchRecord> out = new ArrayList<>(size);
        for (int i : chosen) {
            out.add(records.get(i));
        }
        return out;
    }
}
