package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.hearth.people.matching.MatchRecord;
import org.junit.jupiter.api.Test;

/**
 * Segments of the online index are merged by copying what was prepared for their records ({@link Prepared#concat}),
 * not by preparing them again: every prepared field must come across, so a merged record compares as a freshly
 * prepared one does. Checked field by field, by reflection, so a field added to {@link Prepared} and not copied fails.
 */
class PreparedConcatTest {

    private static List<MatchRecord> records(String prefix) {
        return List.of(
                new MatchRecord(prefix + "1", "Mary Ann", "Smith-Jones", "1980-05-05", "F", "Flat 3, 12 Church Road, York",
                        "YO1 7HH", "AB 12 34 56 C"),
                new MatchRecord(prefix + "2", "Bill", "Pugh", "1990-02-30", "M", "Hull", "HU5"),
                new MatchRecord(prefix + "3", null, "Ó Briain", null, null, null, null),
                new MatchRecord(prefix + "4", "Rosa", "de la Cruz", "19750101", "U", "3 Elm Close, Hull", "HU5 3XY"));
    }

    @Test
    void concatenatedRecordsAreWhatPreparingThemAgainGives() throws Exception {
        List<MatchRecord> a = records("a");
        List<MatchRecord> b = records("b");
        TermFrequencies tf = TermFrequencies.of(new Prepared(records("tf"), null));
        Prepared pa = new Prepared(a, null);
        Prepared pb = new Prepared(b, null);
        tf.fill(pa);
        tf.fill(pb);
        BitSet skipA = new BitSet();
        skipA.set(1);
        Prepared merged = Prepared.concat(List.of(pa, pb), List.of(skipA, new BitSet()));

        List<MatchRecord> kept = new ArrayList<>(a);
        kept.remove(1);
        kept.addAll(b);
        Prepared fresh = new Prepared(kept, null);
        tf.fill(fresh);

        assertThat(merged.size).isEqualTo(kept.size());
        int arrays = 0;
        for (Field f : Prepared.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
                continue;
            }
            arrays++;
            for (int i = 0; i < kept.size(); i++) {
                Object x = Array.get(f.get(merged), i);
                Object y = Array.get(f.get(fresh), i);
                assertThat(Objects.deepEquals(x, y)).as("%s of record %d", f.getName(), i).isTrue();
            }
        }
        assertThat(arrays).isGreaterThan(30);
    }
}
