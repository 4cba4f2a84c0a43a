package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.hearth.people.matching.Candidate;
import org.hearth.people.matching.PersonRecord;

/**
 * Stored records indexed by every blocking key, scored with a trained model: one probe meets exactly the
 * records batch mode would have compared it with, and gets the same weights.
 *
 * <p>Immutable. {@link #with} gives a new index in which records added since the model was trained live in
 * a small second segment, scored with the same frozen model and term frequencies, and records replaced or
 * removed are hidden in the first segment (they still occupy its blocks until the next batch run).
 */
public final class OnlineIndex {

    private final Segment base;
    private final Segment delta;
    private final Set<String> hidden;
    private final Model model;
    private final List<BlockingRule> rules;
    private final int size;

    OnlineIndex(Prepared stored, long[][] keys, Model model, List<BlockingRule> rules) {
        this(new Segment(stored, keys), null, Set.of(), model, rules);
    }

    private OnlineIndex(Segment base, Segment delta, Set<String> hidden, Model model, List<BlockingRule> rules) {
        this.base = base;
        this.delta = delta;
        this.hidden = hidden;
        this.model = model;
        this.rules = rules;
        int live = 0;
        for (PersonRecord r : base.stored.records) {
            if (!hidden.contains(r.id())) {
                live++;
            }
        }
        size = live + (delta == null ? 0 : delta.stored.size);
    }

    private static final class Segment {
        final Prepared stored;
        final long[][] keys;
        final SortedKeys[] sorted;

        Segment(Prepared stored, long[][] keys) {
            this.stored = stored;
            this.keys = keys;
            sorted = new SortedKeys[keys.length];
            for (int r = 0; r < keys.length; r++) {
                sorted[r] = new SortedKeys(keys[r]);
            }
        }
    }

    public int size() {
        return size;
    }

    /** Records added since training, in the second segment. */
    public int added() {
        return delta == null ? 0 : delta.stored.size;
    }

    /**
     * A new index: {@code added} records stored (replacing any stored record with the same id) and the
     * records with ids in {@code removed} left out. This index is unchanged.
     */
    public OnlineIndex with(Collection<PersonRecord> added, Collection<String> removed) {
        Set<String> gone = new HashSet<>(removed);
        for (PersonRecord r : added) {
            gone.add(r.id());
        }
        Set<String> nowHidden = new HashSet<>(hidden);
        for (PersonRecord r : base.stored.records) {
            if (gone.contains(r.id())) {
                nowHidden.add(r.id());
            }
        }
        List<PersonRecord> kept = new ArrayList<>();
        if (delta != null) {
            for (PersonRecord r : delta.stored.records) {
                if (!gone.contains(r.id())) {
                    kept.add(r);
                }
            }
        }
        kept.addAll(added);
        Segment next = null;
        if (!kept.isEmpty()) {
            Prepared p = new Prepared(kept, null);
            model.tf.fill(p);
            long[][] keys = new long[rules.size()][];
            for (int r = 0; r < rules.size(); r++) {
                BlockingRule rule = rules.get(r);
                long[] k = new long[p.size];
                IntStream.range(0, p.size).forEach(i -> k[i] = rule.key(p, i));
                keys[r] = k;
            }
            next = new Segment(p, keys);
        }
        return new OnlineIndex(base, next, Set.copyOf(nowHidden), model, rules);
    }

    public List<Candidate> candidates(PersonRecord probe, int max, boolean matchesOnly) {
        Prepared p = new Prepared(List.of(probe), null);
        model.tf.fill(p);
        long[] probeKeys = new long[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            probeKeys[r] = rules.get(r).key(p, 0);
        }
        double cut = model.thresholdWeight();
        List<Scored> scored = new ArrayList<>();
        score(base, p, probeKeys, probe, matchesOnly, cut, scored);
        if (delta != null) {
            score(delta, p, probeKeys, probe, matchesOnly, cut, scored);
        }
        scored.sort(Comparator.comparingDouble(Scored::weight).reversed()
                .thenComparing(s -> s.segment == base ? 0 : 1).thenComparingInt(Scored::index));
        List<Candidate> out = new ArrayList<>(Math.min(max, scored.size()));
        for (Scored s : scored.subList(0, Math.min(max, scored.size()))) {
            out.add(new Candidate(s.segment.stored.records[s.index], Model.probability(s.weight), s.weight,
                    s.weight >= cut, model.explain(s.pattern, p, 0)));
        }
        return out;
    }

    private void score(Segment seg, Prepared p, long[] probeKeys, PersonRecord probe, boolean matchesOnly, double cut,
            List<Scored> scored) {
        int[] found = new int[64];
        int n = 0;
        for (int r = 0; r < rules.size(); r++) {
            long key = probeKeys[r];
            if (key == 0) {
                continue;
            }
            SortedKeys s = seg.sorted[r];
            int from = s.from(key);
            int to = s.to(key, from);
            for (int x = from; x < to; x++) {
                int j = s.index(x);
                if (seg.keys[r][j] == key) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = j;
                }
            }
        }
        Arrays.sort(found, 0, n);
        boolean filter = seg == base && !hidden.isEmpty();
        for (int k = 0; k < n; k++) {
            int j = found[k];
            String id = seg.stored.records[j].id();
            if (k > 0 && found[k - 1] == j || id.equals(probe.id()) || filter && hidden.contains(id)) {
                continue;
            }
            int pattern = Comparison.pattern(p, 0, seg.stored, j);
            double w = model.weight(pattern, p, 0);
            if (!matchesOnly || w >= cut) {
                scored.add(new Scored(seg, j, pattern, w));
            }
        }
    }

    private record Scored(Segment segment, int index, int pattern, double weight) {
    }
}
