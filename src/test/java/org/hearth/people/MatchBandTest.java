package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/** The bands people see instead of a probability: the measured thresholds, and a conflicting date of birth. */
class MatchBandTest {

    @Test
    void bandsFollowTheMeasuredThresholds() {
        assertThat(MatchBand.VERY_LIKELY_FROM).as("measured precision 0.9999 from here (BENCHMARKS.md)").isEqualTo(0.9999);
        assertThat(MatchBand.LIKELY_FROM).as("measured precision 0.997 on synthetic records (BENCHMARKS.md)")
                .isEqualTo(0.99);
        assertThat(MatchBand.of(1.0)).isEqualTo(MatchBand.VERY_LIKELY);
        assertThat(MatchBand.of(0.9999)).isEqualTo(MatchBand.VERY_LIKELY);
        assertThat(MatchBand.of(0.9994)).as("the demo's look-alikes reached 0.9994").isEqualTo(MatchBand.LIKELY);
        assertThat(MatchBand.of(0.99)).isEqualTo(MatchBand.LIKELY);
        assertThat(MatchBand.of(0.9899)).isEqualTo(MatchBand.POSSIBLE);
        assertThat(MatchBand.of(0.5)).isEqualTo(MatchBand.POSSIBLE);
        assertThat(MatchBand.values()).extracting(MatchBand::label).containsExactly("Very likely", "Likely", "Possible");
        assertThat(MatchBand.values()).allSatisfy(b -> assertThat(b.label() + b.meaning()).doesNotContain("%"));
    }

    @Test
    void twoPeopleWithACommonNameAndDifferentDatesOfBirthNeverLookNearCertain() {
        // two "Ava Evans": same name and sex, different date of birth and address; the engine may still score high
        var index = MatchEngine.withDefaults().index(List.of(
                new MatchRecord("a", "Ava", "Evans", "1994-02-11", "F", "14 Mill Lane, Northfield", "NF2 4QT"),
                new MatchRecord("b", "Mia", "Hughes", "1971-10-30", "F", "3 Chapel Row, Northfield", "NF7 1AB")));
        MatchRecord other = new MatchRecord("p", "Ava", "Evans", "1988-07-03", "F", "40 Moor View, Northfield", "NF2 4QT");
        var best = index.candidates(other, 1).get(0);
        assertThat(best.record().id()).isEqualTo("a");
        boolean differ = MatchEngine.datesOfBirth("1994-02-11", "1988-07-03") == Evidence.DIFFERENT;
        assertThat(differ).isTrue();
        assertThat(MatchBand.of(best.probability(), differ)).isEqualTo(MatchBand.POSSIBLE);
        assertThat(MatchBand.of(0.9999, true)).isEqualTo(MatchBand.POSSIBLE);
    }

    @Test
    void aTypoOrASwapInTheDateOfBirthIsNotAConflict() {
        assertThat(MatchEngine.datesOfBirth("1988-03-14", "1988-03-14")).isEqualTo(Evidence.EXACT);
        assertThat(MatchEngine.datesOfBirth("1995-07-02", "1995-02-07")).isEqualTo(Evidence.DAY_AND_MONTH_SWAPPED);
        assertThat(MatchEngine.datesOfBirth("1983-11-20", "1983-11-21")).isEqualTo(Evidence.ONE_DIGIT_DIFFERENT);
        assertThat(MatchEngine.datesOfBirth("1983-11-20", "1984-02-01")).isEqualTo(Evidence.WITHIN_A_YEAR);
        assertThat(MatchEngine.datesOfBirth("1983-11-20", null)).isEqualTo(Evidence.MISSING);
        assertThat(MatchEngine.datesOfBirth("1983-11-20", "1990-05-05")).isEqualTo(Evidence.DIFFERENT);
        assertThat(MatchBand.of(0.99995, false)).isEqualTo(MatchBand.VERY_LIKELY);
    }
}
