package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.hearth.people.matching.MatchField;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/**
 * An index of every record, scored with a model trained on a sample of them ({@link Linkage#indexOf}): the batch
 * limit and what it leaves out are what a batch run of every record would have chosen, worked out without comparing
 * a pair, and the term frequencies are every record's.
 */
class SampledIndexTest {

    private static final long BUDGET = 500_000;
    private static final Linkage.Settings SMALL_BUDGET = new Linkage.Settings(0.5, 0.99, 100_000, 10_000, 1, BUDGET);

    /** 2,000 namesakes (blocks over the budget) and a synthetic population. */
    private static List<MatchRecord> records() {
        List<MatchRecord> out = new ArrayList<>(ReferencePopulation.generate(6_000, 3, "pop-"));
        for (int i = 0; i < 2_000; i++) {
            out.add(new MatchRecord("common-" + i, "Amelia", "Smith", String.format("19%02d-%02d-%02d", 30 + i % 60,
                    1 + i / 60 % 12, 1 + i % 28), "F", null, null));
        }
        return out;
    }

    @Test
    void theLimitIsTheOneABatchRunOfEveryRecordChooses() {
        List<MatchRecord> all = records();
        Linkage batch = new Linkage(all, null, SMALL_BUDGET).run();
        assertThat(batch.skippedBlocks()).as("the namesakes' blocks are over the budget").isPositive();

        Linkage sample = new Linkage(TrainingSample.of(all, 1_000, 5), null, SMALL_BUDGET).run();
        OnlineIndex index = sample.indexOf(all);

        assertThat(index.size()).isEqualTo(all.size());
        assertThat(index.blockLimit()).isEqualTo(batch.blockLimit()).isLessThan(sample.blockLimit());
        assertThat(index.skippedBlocks()).isEqualTo(batch.skippedBlocks());
        assertThat(index.skippedPairs()).isEqualTo(batch.skippedPairs());
    }

    @Test
    void everyRecordIsScoredWithEveryRecordsTermFrequencies() {
        List<MatchRecord> all = records();
        // trained on the population without the namesakes: Smith is rare there, a quarter of the records indexed
        Linkage trained = new Linkage(all.subList(0, 6_000), null, SMALL_BUDGET).run();
        OnlineIndex index = trained.indexOf(all);

        MatchRecord probe = new MatchRecord("probe", "Amelia", "Smith", "1930-01-01", "F", null, null);
        double surname = index.candidates(probe, 1, false).get(0).evidence().stream()
                .filter(e -> e.field() == MatchField.SURNAME).findFirst().orElseThrow().weight();
        long smiths = all.stream().filter(r -> "Smith".equalsIgnoreCase(r.surname())).count();
        long named = all.stream().filter(r -> r.surname() != null && !r.surname().isBlank()).count();
        int exact = Comparison.SURNAME.ordinal();
        double expected = trained.model().weight[exact][1]
                + Model.log2(trained.model().u[exact][1] / ((double) smiths / named));
        assertThat(smiths).isGreaterThanOrEqualTo(2_000);
        assertThat(surname).isCloseTo(expected, Offset.offset(0.01));
    }
}
