package org.hearth.people.matching;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.people.matching.internal.Linkage;

/** The outcome of one batch run: matched pairs, persons (clusters) and the trained model. */
public final class MatchResult {

    private final Linkage linkage;

    MatchResult(Linkage linkage) {
        this.linkage = linkage;
    }

    /** Number of input records. */
    public int size() {
        return linkage.cluster().length;
    }

    /** Pairs scored at or above the threshold, strongest evidence not guaranteed first. */
    public List<MatchedPair> pairs() {
        List<MatchRecord> records = linkage.records();
        return new AbstractList<>() {
            @Override
            public MatchedPair get(int k) {
                int a = linkage.pairLeft()[k];
                int b = linkage.pairRight()[k];
                double w = linkage.pairWeight()[k];
                return new MatchedPair(a, b, records.get(a).id(), records.get(b).id(), 1 / (1 + Math.pow(2, -w)), w);
            }

            @Override
            public int size() {
                return linkage.pairLeft().length;
            }
        };
    }

    /** Person label per input record: records with one label are one person. */
    public int[] clusterLabels() {
        return linkage.cluster().clone();
    }

    /** Persons with more than one record, as lists of record ids. */
    public List<List<String>> clusters() {
        Map<Integer, List<String>> byLabel = new LinkedHashMap<>();
        List<MatchRecord> records = linkage.records();
        for (int i = 0; i < linkage.cluster().length; i++) {
            byLabel.computeIfAbsent(linkage.cluster()[i], k -> new ArrayList<>(2)).add(records.get(i).id());
        }
        return byLabel.values().stream().filter(c -> c.size() > 1).toList();
    }

    /** Number of pairs compared (the union of the blocking rules). */
    public long candidatePairs() {
        return linkage.candidatePairs();
    }

    /** Pairs left uncompared because their block exceeded the safety limit on block size. */
    public long skippedPairs() {
        return linkage.skippedPairs();
    }

    /** Blocks left out as over a limit (a rule's own, the engine's, or the pair budget's). */
    public int skippedBlocks() {
        return linkage.skippedBlocks();
    }

    /** The largest block left out (0 if none). */
    public int largestSkippedBlock() {
        return linkage.largestSkippedBlock();
    }

    /** The engine's block size limit in this run: 10,000, or lower where the pair budget required it. */
    public int blockLimit() {
        return linkage.blockLimit();
    }

    /** Whether some blocking rule compares input records {@code i} and {@code j}. */
    public boolean compared(int i, int j) {
        return linkage.blocked(i, j);
    }

    /** Field-by-field evidence for input records {@code i} and {@code j}, prior first. */
    public List<FieldEvidence> explain(int i, int j) {
        return linkage.explain(i, j);
    }

    /** Match probability of input records {@code i} and {@code j} under this run's model. */
    public double probability(int i, int j) {
        return 1 / (1 + Math.pow(2, -linkage.weight(i, j)));
    }

    /** The trained parameters (m, u, weights per level; no personal data), for reports. */
    public String describeModel() {
        return linkage.model().describe();
    }

    /** An online index over this run's records, scored with this run's model. */
    public PersonIndex index() {
        return new PersonIndex(linkage.index());
    }
}
