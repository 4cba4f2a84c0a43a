package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The blocking of a batch run: which blocks are compared, and their pairs. Every rule's blocks within its own limit
 * and the engine's ({@code maxBlockSize}); then, while the pairs of all those blocks are over the pair budget, the
 * largest are left out, size by size: the largest size kept is the run's {@link #blockLimit}. What was left out
 * is counted. A pair is compared once, under the first rule that brings it together (its mask says which rules do).
 * Link mode compares only records from different sources.
 */
final class Blocking {

    private final Prepared prepared;
    private final long[][] keys;
    private final List<BlockingRule> rules;
    private final boolean link;
    private final int maxBlockSize;
    private final long budget;

    /** The candidate pairs, a buffer a work unit. */
    List<PairBuffer> buffers;
    long candidatePairs;
    long skippedPairs;
    /** Blocks left out (over a rule's limit, the engine's, or the pair budget), and the largest of them. */
    int skippedBlocks;
    int largestSkippedBlock;
    /** The largest block compared under a rule without its own smaller limit: the engine's limit in this run. */
    int blockLimit;
    /** Pairs in the blocks compared, summed over the rules (at most the budget). */
    long blockPairs;
    long[] pairsPerRule;

    Blocking(Prepared prepared, long[][] keys, List<BlockingRule> rules, boolean link, int maxBlockSize, long budget) {
        this.prepared = prepared;
        this.keys = keys;
        this.rules = rules;
        this.link = link;
        this.maxBlockSize = maxBlockSize;
        this.budget = budget;
    }

    private record Unit(int rule, int from, int to) {
    }

    /** The keys record by record ({@code rows[i * rules + r]}): the rules of a pair in two cache lines, not 2 * rules. */
    private long[] rows;

    /** Chooses the blocks to compare and compares their pairs, in parallel. */
    void run() {
        int rulesCount = keys.length;
        rows = new long[Math.multiplyExact(prepared.size, rulesCount)];
        IntStream.range(0, prepared.size).parallel().forEach(i -> {
            for (int q = 0; q < rulesCount; q++) {
                rows[i * rulesCount + q] = keys[q][i];
            }
        });
        List<Unit> units = new ArrayList<>();
        SortedKeys[] sorted = new SortedKeys[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            sorted[r] = new SortedKeys(keys[r]);
        }
        List<int[]> blocks = choose(sorted, true);
        long totalWork = blockPairs;
        long perUnit = Math.max(10_000, totalWork / 64);
        long acc = 0;
        int unitStart = 0;
        for (int k = 0; k < blocks.size(); k++) {
            int[] bl = blocks.get(k);
            acc += (long) (bl[2] - bl[1]) * (bl[2] - bl[1] - 1) / 2;
            boolean last = k == blocks.size() - 1;
            if (acc >= perUnit || last || blocks.get(k + 1)[0] != bl[0]) {
                units.add(new Unit(bl[0], unitStart, k + 1));
                unitStart = k + 1;
                acc = 0;
            }
        }
        List<int[]> compared = blocks;
        buffers = units.parallelStream().map(unit -> compare(unit, compared, sorted[unit.rule()])).toList();
        rows = null;
        candidatePairs = 0;
        pairsPerRule = new long[rules.size()];
        for (int k = 0; k < buffers.size(); k++) {
            candidatePairs += buffers.get(k).size;
            pairsPerRule[units.get(k).rule()] += buffers.get(k).size;
        }
        if (Linkage.TIMINGS) {
            System.err.printf("    pairs in the blocks compared %,d (budget %,d); block limit %,d; %,d blocks left out "
                    + "(largest %,d records, %,d pairs)%n", blockPairs, budget, blockLimit, skippedBlocks,
                    largestSkippedBlock, skippedPairs);
            for (int r = 0; r < rules.size(); r++) {
                System.err.printf("    %-45s %,12d new pairs%n", rules.get(r).description, pairsPerRule[r]);
            }
        }
    }

    /**
     * Chooses the blocks to compare: every rule's within its own limit and the engine's, then the largest left out,
     * size by size, until their pairs fit the budget. Sets {@link #blockLimit}, {@link #blockPairs} and what was left
     * out; returns the blocks kept ({rule, from, to} in {@code sorted[rule]}) when {@code keep}, else an empty list
     * (an index trained on a sample needs only the limit the whole register's blocks give).
     */
    List<int[]> choose(SortedKeys[] sorted, boolean keep) {
        List<int[]> blocks = new ArrayList<>();
        skippedBlocks = 0;
        largestSkippedBlock = 0;
        skippedPairs = 0;
        long[] pairsOfSize = new long[0];
        int largest = 0;
        for (int r = 0; r < rules.size(); r++) {
            SortedKeys s = sorted[r];
            int start = 0;
            for (int p = 1; p <= s.packed.length; p++) {
                if (p == s.packed.length || s.high(p) != s.high(start)) {
                    int size = p - start;
                    if (size > 1) {
                        if (size > rules.get(r).maxBlock(maxBlockSize)) {
                            skip(size);
                        } else {
                            if (keep) {
                                blocks.add(new int[] {r, start, p});
                            }
                            if (size >= pairsOfSize.length) {
                                pairsOfSize = Arrays.copyOf(pairsOfSize, Math.max(size + 1, pairsOfSize.length * 2));
                            }
                            pairsOfSize[size] += pairs(size);
                            largest = Math.max(largest, size);
                        }
                    }
                    start = p;
                }
            }
        }
        long totalWork = 0;
        for (int size = 2; size <= largest; size++) {
            totalWork += pairsOfSize[size];
        }
        int limit = Math.min(largest, maxBlockSize);
        while (totalWork > budget && limit > 1) {
            totalWork -= pairsOfSize[limit];
            limit--;
        }
        blockLimit = Math.max(limit, 1);
        if (limit < largest) {
            // the blocks over the limit, left out (counted once each, whether or not they are kept)
            for (int size = blockLimit + 1; size <= largest; size++) {
                if (pairsOfSize[size] > 0) {
                    int count = (int) (pairsOfSize[size] / pairs(size));
                    skippedPairs += pairsOfSize[size];
                    skippedBlocks += count;
                    largestSkippedBlock = Math.max(largestSkippedBlock, size);
                }
            }
            if (keep) {
                List<int[]> kept = new ArrayList<>(blocks.size());
                for (int[] bl : blocks) {
                    if (bl[2] - bl[1] <= blockLimit) {
                        kept.add(bl);
                    }
                }
                blocks = kept;
            }
        } else {
            blockLimit = maxBlockSize;
        }
        blockPairs = totalWork;
        return blocks;
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private void skip(int size) {
        skippedPairs += pairs(size);
        skippedBlocks++;
        largestSkippedBlock = Math.max(largestSkippedBlock, size);
    }

    private PairBuffer compare(Unit unit, List<int[]> blocks, SortedKeys s) {
        PairBuffer out = new PairBuffer();
        int r = unit.rule();
        long[] own = keys[r];
        int rulesCount = keys.length;
        long[] rows = this.rows;
        for (int k = unit.from(); k < unit.to(); k++) {
            int[] bl = blocks.get(k);
            for (int x = bl[1]; x < bl[2]; x++) {
                int i = s.index(x);
                for (int y = x + 1; y < bl[2]; y++) {
                    int j = s.index(y);
                    if (own[i] != own[j] || link && prepared.source[i] == prepared.source[j]) {
                        continue;
                    }
                    int mask = 0;
                    boolean earlier = false;
                    int ri = i * rulesCount;
                    int rj = j * rulesCount;
                    for (int q = 0; q < rulesCount; q++) {
                        long ki = rows[ri + q];
                        if (ki != 0 && ki == rows[rj + q]) {
                            if (q < r) {
                                earlier = true;
                                break;
                            }
                            mask |= 1 << q;
                        }
                    }
                    if (earlier) {
                        continue;
                    }
                    int a = Math.min(i, j);
                    int b = Math.max(i, j);
                    out.add(a, b, Comparison.pattern(prepared, a, prepared, b), mask);
                }
            }
        }
        return out;
    }
}
