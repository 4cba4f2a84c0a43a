package org.hearth.people.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.people.matching.bench.Dataset;
import org.hearth.people.matching.bench.Evaluation;
import org.hearth.people.matching.bench.SyntheticPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end on generated records: quality above a bound, link mode, online index equal to batch. */
class MatchEngineTest {

    private static Dataset data;
    private static MatchResult result;

    @BeforeAll
    static void dedupe() {
        data = SyntheticPeople.generate(6_000, 5);
        result = MatchEngine.withDefaults().dedupe(data.records());
    }

    @Test
    void dedupeFindsThePersonsOfAGeneratedSet() {
        Evaluation e = Evaluation.of(data.truth(), result.clusterLabels(), null, result);
        assertThat(e.truePairs).isGreaterThan(3_000);
        assertThat(e.pairCompleteness()).isGreaterThan(0.95);
        assertThat(e.precision()).isGreaterThan(0.95);
        assertThat(e.recall()).isGreaterThan(0.94);
        assertThat(e.f1()).isGreaterThan(0.95);
        assertThat(e.bcubedF1()).isGreaterThan(0.97);
    }

    @Test
    void pairsAreAboveTheThresholdAndExplained() {
        assertThat(result.pairs()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.probability()).isGreaterThanOrEqualTo(MatchEngine.DEFAULT_THRESHOLD);
            assertThat(p.probability()).isCloseTo(result.probability(p.left(), p.right()),
                    org.assertj.core.api.Assertions.within(1e-9));
        });
        MatchedPair p = result.pairs().get(0);
        List<FieldEvidence> why = result.explain(p.left(), p.right());
        assertThat(why).extracting(FieldEvidence::field).containsExactly(MatchField.values());
        assertThat(why.stream().mapToDouble(FieldEvidence::weight).sum()).isCloseTo(p.weight(),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void onlineCandidatesAreWhatBatchModeSays() {
        PersonIndex index = result.index();
        assertThat(index.size()).isEqualTo(data.records().size());
        for (int i = 0; i < 300; i++) {
            MatchRecord probe = data.records().get(i);
            Set<String> batch = new HashSet<>();
            for (MatchedPair p : result.pairs()) {
                if (p.left() == i) {
                    batch.add(p.rightId());
                } else if (p.right() == i) {
                    batch.add(p.leftId());
                }
            }
            List<MatchCandidate> online = index.matches(probe, 1_000);
            assertThat(online).extracting(c -> c.record().id()).as("probe %d", i)
                    .containsExactlyInAnyOrderElementsOf(batch);
            for (MatchCandidate c : online) {
                int j = data.records().indexOf(c.record());
                assertThat(c.probability()).isCloseTo(result.probability(i, j),
                        org.assertj.core.api.Assertions.within(1e-12));
                assertThat(c.evidence()).hasSize(8);
            }
        }
    }

    @Test
    void candidatesAreRankedAndLimited() {
        MatchRecord probe = data.records().get(0);
        List<MatchCandidate> top = result.index().candidates(probe, 3);
        assertThat(top.size()).isLessThanOrEqualTo(3);
        for (int k = 1; k < top.size(); k++) {
            assertThat(top.get(k).weight()).isLessThanOrEqualTo(top.get(k - 1).weight());
        }
    }

    @Test
    void linkMatchesAcrossTwoLists() {
        // left: the first record of each generated person; right: one other record of that person
        List<MatchRecord> records = data.records();
        String[] truth = data.truth();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.List<MatchRecord> left = new java.util.ArrayList<>();
        java.util.List<MatchRecord> right = new java.util.ArrayList<>();
        java.util.List<String> leftTruth = new java.util.ArrayList<>();
        java.util.List<String> rightTruth = new java.util.ArrayList<>();
        Set<String> seenRight = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            if (first.putIfAbsent(truth[i], i) == null) {
                left.add(records.get(i));
                leftTruth.add(truth[i]);
            } else if (seenRight.add(truth[i])) {
                right.add(records.get(i));
                rightTruth.add(truth[i]);
            }
        }
        MatchResult linked = MatchEngine.withDefaults().link(left, right);
        String[] all = new String[left.size() + right.size()];
        byte[] source = new byte[all.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < left.size() ? leftTruth.get(i) : rightTruth.get(i - left.size());
            source[i] = (byte) (i < left.size() ? 0 : 1);
        }
        Evaluation e = Evaluation.of(all, linked.clusterLabels(), source, linked);
        assertThat(e.f1()).isGreaterThan(0.93);
        assertThat(linked.pairs()).allSatisfy(p -> {
            assertThat(p.left()).isLessThan(left.size());
            assertThat(p.right()).isGreaterThanOrEqualTo(left.size());
        });
    }

    @Test
    void rejectsABadThreshold() {
        assertThatThrownBy(() -> MatchEngine.withDefaults().withThreshold(1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordShowsOnlyItsId() {
        assertThat(new MatchRecord("r9", "Amy", "Quint", null, null, null, null)).hasToString("MatchRecord[r9]");
    }
}
