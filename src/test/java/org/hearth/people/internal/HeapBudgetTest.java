package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.people.matching.MatchEngine;
import org.junit.jupiter.api.Test;

/** A batch run of the engine is refused before it starts when the heap cannot hold it. */
class HeapBudgetTest {

    private static final long MB = 1 << 20;

    @Test
    void aRecordNeedsFourKilobytes() {
        assertThat(HeapBudget.needs(1)).isEqualTo(4096);
        assertThat(HeapBudget.needs(256)).isEqualTo(MB);
    }

    @Test
    void theFirstIndexMustFitInThreeQuartersOfTheHeapWithTheReferencePopulation() {
        HeapBudget heap = new HeapBudget(400 * MB);
        // 300 MB is 76,800 records, the reference population among them: a register within the sample, trained whole
        long fits = 300 * MB / HeapBudget.BYTES_PER_RECORD - MatchEngine.REFERENCE_RECORDS;
        assertThat(heap.firstIndexFits(fits, Integer.MAX_VALUE)).isTrue();
        assertThat(heap.firstIndexFits(fits + 1, Integer.MAX_VALUE)).isFalse();
        assertThat(new HeapBudget(MB).firstIndexFits(0, 1_000)).as("the reference population alone is 40 MB").isFalse();
    }

    @Test
    void aRegisterLargerThanTheSampleNeedsItsOnlineIndexAndTheSamplesBatchRunOnly() {
        int sample = 250_000;
        long training = (sample + MatchEngine.REFERENCE_RECORDS) * HeapBudget.BYTES_PER_RECORD;
        assertThat(HeapBudget.indexNeeds(sample, sample)).isEqualTo(HeapBudget.needs(sample + MatchEngine.REFERENCE_RECORDS));
        assertThat(HeapBudget.indexNeeds(5_000_000, sample))
                .isEqualTo(5_000_000L * HeapBudget.INDEX_BYTES_PER_PERSON + training)
                .isLessThan(HeapBudget.needs(5_000_000));

        HeapBudget heap = new HeapBudget(4000 * MB);
        long fits = (3000 * MB - training) / HeapBudget.INDEX_BYTES_PER_PERSON;
        assertThat(heap.firstIndexFits(fits, sample)).isTrue();
        assertThat(heap.firstIndexFits(fits + 1, sample)).isFalse();
        long retrains = (2000 * MB - training) / HeapBudget.INDEX_BYTES_PER_PERSON;
        assertThat(heap.retrainFits(retrains, sample)).isTrue();
        assertThat(heap.retrainFits(retrains + 1, sample)).isFalse();
    }

    @Test
    void theFirstIndexLimitIsTheLastRegisterSizeThatFits() {
        for (long heapMb : new long[] {41, 400, 4096, 12_288}) {
            for (int sample : new int[] {1_000, 250_000, Integer.MAX_VALUE}) {
                HeapBudget heap = new HeapBudget(heapMb * MB);
                long limit = heap.firstIndexLimit(sample);
                if (limit < 0) {
                    assertThat(heap.firstIndexFits(0, sample)).as(heapMb + " MB, sample " + sample).isFalse();
                    continue;
                }
                assertThat(heap.firstIndexFits(limit, sample)).as(heapMb + " MB, sample " + sample).isTrue();
                assertThat(heap.firstIndexFits(limit + 1, sample)).as(heapMb + " MB, sample " + sample).isFalse();
            }
        }
        assertThat(new HeapBudget(MB).firstIndexLimit(1_000)).as("not even the reference population").isEqualTo(-1);
        // 4 GB, the default sample: the start counts at most about 1.4 million persons, never 5 million
        assertThat(new HeapBudget(4096 * MB).firstIndexLimit(250_000)).isBetween(1_000_000L, 1_500_000L);
    }

    @Test
    void aRunBesideTheIndexMustFitInHalfTheHeap() {
        HeapBudget heap = new HeapBudget(400 * MB);
        long fits = 200 * MB / HeapBudget.BYTES_PER_RECORD;
        assertThat(heap.besideTheIndexFits(fits)).isTrue();
        assertThat(heap.besideTheIndexFits(fits + 1)).isFalse();
        assertThat(heap.maxMegabytes()).isEqualTo(400);
    }
}
