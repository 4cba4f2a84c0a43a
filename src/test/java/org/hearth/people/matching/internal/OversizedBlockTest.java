package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/**
 * A name shared by thousands of records (a common name in a city, or a generator with few names) makes blocks whose
 * pairs grow with the square of their size: the engine leaves the largest blocks out until the pairs fit its budget,
 * says so, and the online index skips the same blocks.
 */
class OversizedBlockTest {

    private static final int COMMON = 2_000;
    private static final long BUDGET = 500_000;

    /** {@code COMMON} different women all called Amelia Smith, born on different days; then a few others. */
    private static List<MatchRecord> records() {
        List<MatchRecord> out = new ArrayList<>();
        LocalDate first = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < COMMON; i++) {
            out.add(new MatchRecord("common-" + i, "Amelia", "Smith", first.plusDays(9L * i).toString(), "F", null,
                    null));
        }
        // one Amelia Smith recorded twice: the same date of birth and postcode still bring her two records together
        out.add(new MatchRecord("twice-a", "Amelia", "Smith", "1980-05-05", "F", "4 Mill Lane, York", "YO1 7HH"));
        out.add(new MatchRecord("twice-b", "Amelia", "Smith", "1980-05-05", "F", "4 Mill Lane, York", "YO1 7HH"));
        out.add(new MatchRecord("rosa-a", "Rosa", "Pugh", "1990-01-02", "F", "3 Elm Close, Hull", "HU5 3XY"));
        out.add(new MatchRecord("rosa-b", "Rosa", "Pugh", "1990-01-02", "F", "3 Elm Close, Hull", "HU5 3XY"));
        return out;
    }

    private static int indexOf(List<MatchRecord> records, String id) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theLargestBlocksAreLeftOutUntilThePairsFitTheBudget() {
        List<MatchRecord> records = records();
        Linkage linkage = new Linkage(records, null, new Linkage.Settings(0.5, 0.99, 100_000, 10_000, 1, BUDGET)).run();

        // the three name rules' blocks of 2,002 records (about 2M pairs each) are over the budget: left out, counted
        assertThat(linkage.blockLimit()).isLessThan(COMMON + 2);
        assertThat(linkage.skippedBlocks()).isGreaterThanOrEqualTo(3);
        assertThat(linkage.largestSkippedBlock()).isEqualTo(COMMON + 2);
        assertThat(linkage.skippedPairs()).isGreaterThanOrEqualTo(3L * (COMMON + 2) * (COMMON + 1) / 2);
        assertThat(linkage.candidatePairs()).isLessThanOrEqualTo(BUDGET);

        // the smaller blocks are still compared: the one person recorded twice is found through her date of birth
        int a = indexOf(records, "twice-a");
        int b = indexOf(records, "twice-b");
        assertThat(linkage.blocked(a, b)).isTrue();
        assertThat(linkage.blocked(indexOf(records, "rosa-a"), indexOf(records, "rosa-b"))).isTrue();
        // two namesakes born years apart share only the oversized name blocks: not compared
        assertThat(linkage.blocked(indexOf(records, "common-0"), indexOf(records, "common-1500"))).isFalse();

        // a batch probing every stored record (a search of the register) skips the same blocks: a probe with only
        // the common name meets nobody
        OnlineIndex index = linkage.index();
        assertThat(index.blockLimit()).isEqualTo(linkage.blockLimit());
        assertThat(index.probeLimit()).isEqualTo(10_000);
        assertThat(index.skippedBlocks()).isEqualTo(linkage.skippedBlocks());
        MatchRecord probe = new MatchRecord("probe", "Amelia", "Smith", null, "F", null, null);
        assertThat(index.batchCandidates(probe, 10_000)).isEmpty();
        // and one with her date of birth meets her (through the date of birth rules), not the 2,000 namesakes
        MatchRecord dated = new MatchRecord("probe2", "Amelia", "Smith", "1980-05-05", "F", null, null);
        assertThat(index.batchCandidates(dated, 10_000)).hasSizeLessThan(COMMON / 10)
                .extracting(c -> c.record().id()).contains("twice-a", "twice-b");
    }

    @Test
    void theOnlineProbeOfOneRecordUsesTheFullLimitAfterABatchLoweredIt() {
        List<MatchRecord> records = records();
        Linkage linkage = new Linkage(records, null, new Linkage.Settings(0.5, 0.99, 100_000, 10_000, 1, BUDGET)).run();
        // the batch run's pair budget lowered its limit below the namesakes' block of 2,002 (within the full 10,000)
        assertThat(linkage.blockLimit()).isLessThan(COMMON + 2);
        OnlineIndex index = linkage.index();

        // a police incident names one of the namesakes with no date of birth and no address: only her name brings
        // her record and the incident together, and the online probe must still meet her (and every namesake)
        MatchRecord incident = new MatchRecord("incident", "Amelia", "Smith", null, "F", null, null);
        assertThat(index.candidates(incident, 10_000, false)).extracting(c -> c.record().id())
                .contains("common-0", "common-1500", "twice-a");
        assertThat(index.candidates(incident, 10_000, false)).hasSizeGreaterThanOrEqualTo(COMMON + 2);
    }

    @Test
    void underTheBudgetEveryBlockWithinTheLimitIsCompared() {
        List<MatchRecord> records = records();
        Linkage linkage = new Linkage(records, null, new Linkage.Settings(0.5, 0.99, 100_000, 10_000, 1)).run();

        assertThat(linkage.blockLimit()).isEqualTo(10_000);
        assertThat(linkage.skippedBlocks()).isZero();
        assertThat(linkage.candidatePairs()).isGreaterThanOrEqualTo((long) (COMMON + 2) * (COMMON + 1) / 2);
        assertThat(linkage.blocked(indexOf(records, "common-0"), indexOf(records, "common-1500"))).isTrue();
    }
}
