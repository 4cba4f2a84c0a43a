package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    private final JaroWinklerSimilarity reference = new JaroWinklerSimilarity();

    @Test
    void agreesWithCommonsTextOnKnownPairs() {
        String[][] pairs = {{"martha", "marhta"}, {"dixon", "dicksonx"}, {"jellyfish", "smellyfish"},
            {"smith", "smyth"}, {"catherine", "katherine"}, {"a", "a"}, {"ab", "ba"}, {"william", "bill"},
            {"abc", "xyz"}, {"mitchell", "green"}};
        for (String[] p : pairs) {
            assertThat(JaroWinkler.similarity(p[0], p[1])).as(p[0] + "/" + p[1])
                    .isCloseTo(reference.apply(p[0], p[1]), within(1e-12));
        }
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
    }

    @Test
    void agreesWithCommonsTextOnRandomStrings() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
            assertThat(JaroWinkler.similarity(a, b)).as(a + "/" + b).isCloseTo(reference.apply(a, b), within(1e-12));
        }
    }

    @Test
    void cheapBoundNeverHidesASimilarityOfPointEightOrMore() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = random.nextBoolean() ? mutate(a, random) : word(random);
            double full = reference.apply(a, b);
            double bounded = Similarity.jaroWinkler(a, b);
            if (full >= 0.80) {
                assertThat(bounded).as(a + "/" + b).isCloseTo(full, within(1e-12));
            } else {
                assertThat(bounded).isLessThan(0.80);
            }
        }
    }

    private static String word(SplittableRandom r) {
        int n = 1 + r.nextInt(10);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(8)));
        }
        return b.toString();
    }

    private static String mutate(String s, SplittableRandom r) {
        char[] c = s.toCharArray();
        c[r.nextInt(c.length)] = (char) ('a' + r.nextInt(8));
        return new String(c);
    }
}
