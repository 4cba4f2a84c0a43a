package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.people.matching.MatchCandidate;
import org.hearth.people.matching.MatchRecord;

/**
 * Stored records indexed by every blocking key, scored with a trained model: one probe meets exactly the
 * records batch mode would have compared it with, and gets the same weights.
 *
 * <p>Immutable. The records the model was trained on form the base segment. {@link #with} gives a new index
 * that shares every existing segment and adds one small segment for the records added (scored with the same
 * frozen model and term frequencies); a replaced or removed record is hidden by one bit in its segment's
 * hidden set (copied only for the segments it touches). So adding a handful of records costs about their own
 * preparation, however many were added before: the delta segments are kept like a binary counter (a segment
 * is merged into the one before it once it is at least half its size, up to {@link #MAX_MERGED} records), so
 * there are about log2(added) of them (plus one per {@code MAX_MERGED}), and each record is copied (what was
 * prepared for it, never prepared again) only about log2(added) times in all. Hidden records still occupy their base segment's blocks until the next batch run. A probe of one record skips a blocking key
 * shared by more than the engine's full limit ({@code maxBlockSize}, 10,000) stored records, never the lower limit
 * the training batch run's pair budget chose ({@link #blockLimit}): that budget bounds the pairs of a whole run,
 * and one record's probe costs at most the limit a rule, so a match is never missed because a batch ran. Only
 * {@link #batchCandidates}, for a batch that probes every stored record, keeps the batch run's limit.
 */
public final class OnlineIndex {

    /**
     * Delta segments are not merged beyond this many records, so a merge never needs much memory at once
     * (beyond it there are a few more segments to look in, each a binary search a blocking rule).
     */
    static final int MAX_MERGED = 1 << 16;

    private final Layer[] layers;
    private final Model model;
    private final List<BlockingRule> rules;
    /** A blocking key shared by more stored records than this is not used by a probe: the engine's full limit. */
    private final int maxBlockSize;
    /** The limit the training batch run kept (lower than {@code maxBlockSize} where its pair budget required it). */
    private final int batchLimit;
    private final int size;
    /** What the batch run that trained this index left out: blocks over a limit, and their pairs. */
    private final int skippedBlocks;
    private final long skippedPairs;

    OnlineIndex(Prepared stored, long[][] keys, Model model, List<BlockingRule> rules, int maxBlockSize,
            int batchLimit, int skippedBlocks, long skippedPairs) {
        this(new Layer[] {new Layer(new Segment(stored, keys), new BitSet(), stored.size)}, model, rules, maxBlockSize,
                batchLimit, skippedBlocks, skippedPairs);
    }

    /**
     * The index of {@code stored} as one segment, its batch limit and what it leaves out chosen by {@code limits}
     * from the segment's own sorted keys (so they are sorted once).
     */
    static OnlineIndex of(Prepared stored, long[][] keys, Model model, List<BlockingRule> rules, int maxBlockSize,
            Blocking limits) {
        Segment segment = new Segment(stored, keys);
        limits.choose(segment.sorted, false);
        return new OnlineIndex(new Layer[] {new Layer(segment, new BitSet(), stored.size)}, model, rules, maxBlockSize,
                limits.blockLimit, limits.skippedBlocks, limits.skippedPairs);
    }

    private OnlineIndex(Layer[] layers, Model model, List<BlockingRule> rules, int maxBlockSize, int batchLimit,
            int skippedBlocks, long skippedPairs) {
        this.layers = layers;
        this.model = model;
        this.rules = rules;
        this.maxBlockSize = maxBlockSize;
        this.batchLimit = batchLimit;
        this.skippedBlocks = skippedBlocks;
        this.skippedPairs = skippedPairs;
        int live = 0;
        for (Layer l : layers) {
            live += l.live;
        }
        size = live;
    }

    /**
     * A segment's records and their blocking keys sorted. The full keys are not kept (at 27 rules they would be 216
     * bytes a record beside the sorted ones): a block's members are confirmed by working out the key again from what
     * was prepared ({@link BlockingRule#key}). Never changes once built.
     */
    private static final class Segment {
        final Prepared stored;
        final SortedKeys[] sorted;
        /** The records by id (see {@link #indicesOf}); made on first use. */
        private volatile IdTable byId;

        Segment(Prepared stored, long[][] keys) {
            this.stored = stored;
            sorted = new SortedKeys[keys.length];
            for (int r = 0; r < keys.length; r++) {
                sorted[r] = new SortedKeys(keys[r]);
            }
        }

        static Segment of(List<MatchRecord> records, Model model, List<BlockingRule> rules) {
            Prepared p = new Prepared(records, null);
            model.tf.fill(p);
            return new Segment(p, Linkage.keys(p, rules));
        }

        /**
         * The visible records of these layers, in order, as one segment: what was prepared for them copied, not
         * worked out again (only their keys, from it, and the sorted keys are made anew).
         */
        static Segment merge(List<Layer> parts, List<BlockingRule> rules) {
            List<Prepared> prepared = new ArrayList<>(parts.size());
            List<BitSet> hidden = new ArrayList<>(parts.size());
            for (Layer l : parts) {
                prepared.add(l.segment.stored);
                hidden.add(l.hidden);
            }
            Prepared p = Prepared.concat(prepared, hidden);
            return new Segment(p, Linkage.keys(p, rules));
        }

        /** The indices of the records with this id (usually one or none), through {@link IdTable}. */
        int[] indicesOf(String id) {
            IdTable table = byId;
            if (table == null) {
                table = new IdTable(stored.records);
                byId = table;
            }
            return table.indicesOf(id);
        }
    }

    /**
     * A segment as this index sees it: which of its records are hidden (a bit set never changed once the
     * layer is published; {@link #with} copies it to hide more) and how many are not.
     */
    private record Layer(Segment segment, BitSet hidden, int live) {
    }

    public int size() {
        return size;
    }

    /** Records added since training (in the delta segments, not hidden). */
    public int added() {
        return size - layers[0].live;
    }

    /**
     * A new index: {@code added} records stored (replacing any stored record with the same id) and the
     * records with ids in {@code removed} left out. This index is unchanged.
     */
    public OnlineIndex with(Collection<MatchRecord> added, Collection<String> removed) {
        Map<String, MatchRecord> adds = new LinkedHashMap<>();
        for (MatchRecord r : added) {
            adds.remove(r.id());
            adds.put(r.id(), r);
        }
        Set<String> gone = new HashSet<>(removed);
        gone.addAll(adds.keySet());
        List<Layer> next = new ArrayList<>(layers.length + 1);
        for (Layer layer : layers) {
            BitSet hidden = null;
            int live = layer.live;
            for (String id : gone) {
                for (int j : layer.segment.indicesOf(id)) {
                    if (!(hidden == null ? layer.hidden : hidden).get(j)) {
                        if (hidden == null) {
                            hidden = (BitSet) layer.hidden.clone();
                        }
                        hidden.set(j);
                        live--;
                    }
                }
            }
            next.add(hidden == null ? layer : new Layer(layer.segment, hidden, live));
        }
        if (!adds.isEmpty()) {
            next.add(new Layer(Segment.of(new ArrayList<>(adds.values()), model, rules), new BitSet(), adds.size()));
        }
        // drop empty delta segments; merge a delta segment into the one before it once it is half its size
        for (int i = next.size() - 1; i >= 1; i--) {
            if (next.get(i).live == 0) {
                next.remove(i);
            }
        }
        while (next.size() >= 3 && next.get(next.size() - 1).live * 2 >= next.get(next.size() - 2).live
                && next.get(next.size() - 1).live + next.get(next.size() - 2).live <= MAX_MERGED) {
            Layer last = next.remove(next.size() - 1);
            Layer before = next.remove(next.size() - 1);
            Segment merged = Segment.merge(List.of(before, last), rules);
            next.add(new Layer(merged, new BitSet(), merged.stored.size));
        }
        return new OnlineIndex(next.toArray(new Layer[0]), model, rules, maxBlockSize, batchLimit, skippedBlocks,
                skippedPairs);
    }

    /** The largest block the training batch run compared under a rule without a smaller limit of its own. */
    public int blockLimit() {
        return batchLimit;
    }

    /** The largest block a probe of one record meets under a rule without a smaller limit of its own. */
    public int probeLimit() {
        return maxBlockSize;
    }

    /** Blocks the training batch run left out as over a limit. */
    public int skippedBlocks() {
        return skippedBlocks;
    }

    /** Pairs in those blocks. */
    public long skippedPairs() {
        return skippedPairs;
    }

    /** The stored records that may be the probe's person, best first, meeting blocks up to the full limit. */
    public List<MatchCandidate> candidates(MatchRecord probe, int max, boolean matchesOnly) {
        return candidates(probe, max, matchesOnly, maxBlockSize);
    }

    /**
     * As {@link #candidates}, within the limit the training batch run kept: for a batch that probes every stored
     * record (a search of the whole register), so that it compares what the batch run did and costs no more.
     */
    public List<MatchCandidate> batchCandidates(MatchRecord probe, int max) {
        return candidates(probe, max, false, batchLimit);
    }

    private List<MatchCandidate> candidates(MatchRecord probe, int max, boolean matchesOnly, int limit) {
        Prepared p = new Prepared(List.of(probe), null);
        model.tf.fill(p);
        int rulesCount = rules.size();
        long[] probeKeys = new long[rulesCount];
        // each block's range in each layer's sorted keys, found once: [from, to) of layer l and rule r at 2 (l R + r)
        int[] ranges = new int[layers.length * rulesCount * 2];
        for (int r = 0; r < rulesCount; r++) {
            probeKeys[r] = rules.get(r).key(p, 0);
            if (probeKeys[r] == 0) {
                continue;
            }
            // a block over the limit is skipped (else one common key, say a placeholder postcode on every record,
            // would compare each probe with all of them)
            long block = 0;
            for (int l = 0; l < layers.length; l++) {
                SortedKeys s = layers[l].segment.sorted[r];
                int from = s.from(probeKeys[r]);
                int to = s.to(probeKeys[r], from);
                ranges[2 * (l * rulesCount + r)] = from;
                ranges[2 * (l * rulesCount + r) + 1] = to;
                block += to - from;
            }
            if (block > rules.get(r).maxBlock(limit)) {
                probeKeys[r] = 0;
            }
        }
        double cut = model.thresholdWeight();
        List<Scored> scored = new ArrayList<>();
        for (int l = 0; l < layers.length; l++) {
            score(l, p, probeKeys, ranges, probe, matchesOnly, cut, scored);
        }
        scored.sort(Comparator.comparingDouble(Scored::weight).reversed()
                .thenComparingInt(Scored::layer).thenComparingInt(Scored::index));
        List<MatchCandidate> out = new ArrayList<>(Math.min(max, scored.size()));
        for (Scored s : scored.subList(0, Math.min(max, scored.size()))) {
            out.add(new MatchCandidate(layers[s.layer].segment.stored.records[s.index], Model.probability(s.weight),
                    s.weight, s.weight >= cut, model.explain(s.pattern, p, 0)));
        }
        return out;
    }

    private void score(int l, Prepared p, long[] probeKeys, int[] ranges, MatchRecord probe, boolean matchesOnly,
            double cut, List<Scored> scored) {
        Segment seg = layers[l].segment;
        BitSet hidden = layers[l].hidden;
        int[] found = new int[64];
        int n = 0;
        for (int r = 0; r < rules.size(); r++) {
            long key = probeKeys[r];
            if (key == 0) {
                continue;
            }
            BlockingRule rule = rules.get(r);
            SortedKeys s = seg.sorted[r];
            int to = ranges[2 * (l * probeKeys.length + r) + 1];
            for (int x = ranges[2 * (l * probeKeys.length + r)]; x < to; x++) {
                int j = s.index(x);
                // the range holds the keys sharing the probe's high bits: the block is those with its whole key
                if (rule.key(seg.stored, j) == key) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = j;
                }
            }
        }
        Arrays.sort(found, 0, n);
        for (int k = 0; k < n; k++) {
            int j = found[k];
            if (k > 0 && found[k - 1] == j || hidden.get(j) || seg.stored.records[j].id().equals(probe.id())) {
                continue;
            }
            int pattern = Comparison.pattern(p, 0, seg.stored, j);
            double w = model.weight(pattern, p, 0);
            if (!matchesOnly || w >= cut) {
                scored.add(new Scored(l, j, pattern, w));
            }
        }
    }

    private record Scored(int layer, int index, int pattern, double weight) {
    }
}
