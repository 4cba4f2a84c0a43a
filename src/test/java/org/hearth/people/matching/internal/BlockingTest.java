package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/** The union of the blocking rules: each pair compared once, whichever rules it satisfies. */
class BlockingTest {

    private static final Linkage.Settings SETTINGS = new Linkage.Settings(0.5, 0.99, 100_000, 10_000, 1);

    private final List<MatchRecord> records = List.of(
            new MatchRecord("0", "Amy", "Patel", "1990-01-02", "F", "3 Mill Lane, York", "YO1 2AB"),
            // same postcode and same names and same date of birth: several rules, one pair
            new MatchRecord("1", "Amy", "Patel", "1990-01-02", "F", "3 Mill Lane, York", "YO1 2AB"),
            // only the postcode is shared with 0 and 1
            new MatchRecord("2", "Zed", "Quint", null, "M", null, "YO1 2AB"),
            // only date of birth and surname initial shared with 0 and 1
            new MatchRecord("3", "Rosa", "Pugh", "1990-01-02", null, null, null),
            // nothing shared with anyone
            new MatchRecord("4", "Olu", "Bankole", "2001-09-30", "M", "9 Elm Close, Hull", "HU5 3XY"));

    @Test
    void unionOfRulesComparesEachPairOnce() {
        Linkage linkage = new Linkage(records, null, SETTINGS).run();
        // pairs: 0-1, 0-2, 1-2 (postcode), 0-3, 1-3 (dob + surname initial)
        assertThat(linkage.candidatePairs()).isEqualTo(5);
        Set<String> blocked = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                if (linkage.blocked(i, j)) {
                    blocked.add(i + "-" + j);
                }
            }
        }
        assertThat(blocked).containsExactlyInAnyOrder("0-1", "0-2", "1-2", "0-3", "1-3");
    }

    @Test
    void linkComparesOnlyAcrossSources() {
        Linkage linkage = new Linkage(records, new byte[] {0, 0, 1, 1, 1}, SETTINGS).run();
        // cross pairs among the blocked ones: 0-2, 1-2, 0-3, 1-3
        assertThat(linkage.candidatePairs()).isEqualTo(4);
    }

    @Test
    void aMissingFieldPutsNoRecordInThatRulesBlocks() {
        Prepared p = new Prepared(List.of(new MatchRecord("x", null, null, null, null, null, null)), null);
        for (BlockingRule rule : BlockingRule.ALL) {
            assertThat(rule.key(p, 0)).as(rule.name()).isZero();
        }
    }

    @Test
    void sortedKeysFindEveryRecordOfAKey() {
        long[] keys = {5, 0, 7, 5, 9, 5, 7};
        SortedKeys s = new SortedKeys(keys);
        int from = s.from(5);
        int to = s.to(5, from);
        Set<Integer> found = new HashSet<>();
        for (int x = from; x < to; x++) {
            if (keys[s.index(x)] == 5) {
                found.add(s.index(x));
            }
        }
        assertThat(found).containsExactlyInAnyOrder(0, 3, 5);
        assertThat(s.packed).hasSize(6);
    }
}
