package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/** The records a model is trained on: a random sample, the same each time, every record equally likely. */
class TrainingSampleTest {

    private static List<MatchRecord> records(int n) {
        List<MatchRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new MatchRecord("r" + i, "Ann", "Lee", null, null, null, null));
        }
        return out;
    }

    private static int number(MatchRecord r) {
        return Integer.parseInt(r.id().substring(1));
    }

    @Test
    void aSampleIsDistinctRecordsInTheirOwnOrderAndTheSameForTheSameSeed() {
        List<MatchRecord> records = records(10_000);
        List<MatchRecord> sample = TrainingSample.of(records, 1_000, 42);

        assertThat(sample).hasSize(1_000);
        assertThat(new HashSet<>(sample)).hasSize(1_000);
        assertThat(records).containsAll(sample);
        assertThat(sample).isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b)));
        assertThat(TrainingSample.of(records, 1_000, 42)).isEqualTo(sample);
        assertThat(TrainingSample.of(records, 1_000, 43)).isNotEqualTo(sample);
    }

    @Test
    void everyPartOfTheRecordsIsSampledAlike() {
        // not the first records only, nor every k-th: each tenth of the records gives about a tenth of the sample
        List<MatchRecord> sample = TrainingSample.of(records(100_000), 10_000, 7);
        int[] tenths = new int[10];
        for (MatchRecord r : sample) {
            tenths[number(r) / 10_000]++;
        }
        for (int count : tenths) {
            assertThat(count).isBetween(900, 1_100);
        }
        assertThat(sample.stream().filter(r -> number(r) % 2 == 0).count()).isBetween(4_800L, 5_200L);
    }

    @Test
    void aSampleAsLargeAsTheRecordsIsAllOfThem() {
        List<MatchRecord> records = records(50);
        assertThat(TrainingSample.of(records, 50, 1)).isEqualTo(records);
        assertThat(TrainingSample.of(records, 500, 1)).isEqualTo(records);
    }
}
