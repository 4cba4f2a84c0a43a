package org.hearth.people.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hearth.people.matching.internal.ReferencePopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An index whose model is trained on a random sample of the stored records indexes every one of them and finds a
 * person's other records about as well as one trained on them all; a sample covering every record is the whole
 * run, weight for weight.
 */
class SampledTrainingTest {

    private static final int STORED = 20_000;
    private static final List<String> truth = new ArrayList<>();
    private static List<MatchRecord> stored;
    private static PersonIndex whole;

    @BeforeAll
    static void index() {
        stored = ReferencePopulation.generate(new SplittableRandom(11), STORED, "s", truth);
        whole = MatchEngine.withDefaults().index(stored);
    }

    /** Of the first 3,000 records recorded more than once, the share whose best match is a record of their person. */
    private static double found(PersonIndex index) {
        int persons = 0;
        int found = 0;
        for (int i = 0; i < 3_000; i++) {
            boolean twice = (i > 0 && truth.get(i - 1).equals(truth.get(i)))
                    || (i + 1 < STORED && truth.get(i + 1).equals(truth.get(i)));
            if (!twice) {
                continue;
            }
            persons++;
            List<MatchCandidate> best = index.matches(stored.get(i), 1);
            if (!best.isEmpty() && truth.get(Integer.parseInt(best.get(0).record().id().substring(1)))
                    .equals(truth.get(i))) {
                found++;
            }
        }
        return (double) found / persons;
    }

    @Test
    void aSampleIndexesEveryRecordAndFindsPersonsAboutAsWell() {
        PersonIndex sampled = MatchEngine.withDefaults().index(stored, 5_000);

        assertThat(sampled.size()).isEqualTo(STORED).isEqualTo(whole.size());
        assertThat(sampled.candidates(stored.get(STORED - 1), 5)).isNotEmpty();
        double wholeFound = found(whole);
        assertThat(wholeFound).isGreaterThan(0.9);
        assertThat(found(sampled)).isGreaterThan(wholeFound - 0.02);
    }

    @Test
    void aSampleCoveringEveryRecordIsTheWholeRun() {
        PersonIndex covering = MatchEngine.withDefaults().index(stored, STORED);
        for (int i = 0; i < STORED; i += 997) {
            List<MatchCandidate> a = whole.candidates(stored.get(i), 5);
            List<MatchCandidate> b = covering.candidates(stored.get(i), 5);
            assertThat(b).extracting(c -> c.record().id()).isEqualTo(a.stream().map(c -> c.record().id()).toList());
            assertThat(b).extracting(MatchCandidate::weight).isEqualTo(a.stream().map(MatchCandidate::weight).toList());
        }
        assertThat(covering.blockLimit()).isEqualTo(whole.blockLimit());
    }

    @Test
    void aSampleOfNoRecordIsRefused() {
        assertThatThrownBy(() -> MatchEngine.withDefaults().index(stored, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
