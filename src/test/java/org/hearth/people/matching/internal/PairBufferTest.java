package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The primitive pattern counter gives the counts a map would. */
class PairBufferTest {

    @Test
    void countsEveryRuleMaskAndPatternThroughGrowth() {
        PairBuffer buffer = new PairBuffer();
        Map<Long, Long> expected = new HashMap<>();
        for (int k = 0; k < 5_000; k++) {
            int pattern = k * 7919 % 1_300;
            int mask = 1 << (k % 5) | 1;
            buffer.add(k, k + 1, pattern, mask);
            expected.merge((long) mask << 32 | pattern, 1L, Long::sum);
        }
        Map<Long, Long> counted = new HashMap<>();
        buffer.forEachCount((key, n) -> {
            counted.put(key, n);
            return 0;
        });
        assertThat(buffer.size).isEqualTo(5_000);
        assertThat(counted).isEqualTo(expected);
        assertThat(buffer.a[4_999]).isEqualTo(4_999);
        assertThat(buffer.pattern[4_999]).isEqualTo(4_999 * 7919 % 1_300);
    }
}
