package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hearth.people.matching.Candidate;
import org.hearth.people.matching.PersonRecord;

/**
 * Stored records indexed by every blocking key, scored with a trained model: one probe meets exactly the
 * records batch mode would have compared it with, and gets the same weights.
 */
public final class OnlineIndex {

    private final Prepared stored;
    private final long[][] keys;
    private final SortedKeys[] sorted;
    private final Model model;
    private final List<BlockingRule> rules;

    OnlineIndex(Prepared stored, long[][] keys, Model model, List<BlockingRule> rules) {
        this.stored = stored;
        this.keys = keys;
        this.model = model;
        this.rules = rules;
        sorted = new SortedKeys[keys.length];
        for (int r = 0; r < keys.length; r++) {
            sorted[r] = new SortedKeys(keys[r]);
        }
    }

    public int size() {
        return stored.size;
    }

    public List<Candidate> candidates(PersonRecord probe, int max, boolean matchesOnly) {
        Prepared p = new Prepared(List.of(probe), null);
        model.tf.fill(p);
        int[] found = new int[64];
        int n = 0;
        for (int r = 0; r < rules.size(); r++) {
            long key = rules.get(r).key(p, 0);
            if (key == 0) {
                continue;
            }
            SortedKeys s = sorted[r];
            int from = s.from(key);
            int to = s.to(key, from);
            for (int x = from; x < to; x++) {
                int j = s.index(x);
                if (keys[r][j] == key) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = j;
                }
            }
        }
        Arrays.sort(found, 0, n);
        double cut = model.thresholdWeight();
        List<Scored> scored = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int j = found[k];
            if (k > 0 && found[k - 1] == j || stored.records[j].id().equals(probe.id())) {
                continue;
            }
            int pattern = Comparison.pattern(p, 0, stored, j);
            double w = model.weight(pattern, p, 0);
            if (!matchesOnly || w >= cut) {
                scored.add(new Scored(j, pattern, w));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::weight).reversed().thenComparingInt(Scored::index));
        List<Candidate> out = new ArrayList<>(Math.min(max, scored.size()));
        for (Scored s : scored.subList(0, Math.min(max, scored.size()))) {
            out.add(new Candidate(stored.records[s.index], Model.probability(s.weight), s.weight, s.weight >= cut,
                    model.explain(s.pattern, p, 0)));
        }
        return out;
    }

    private record Scored(int index, int pattern, double weight) {
    }
}
