package org.hearth.people.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hearth.people.matching.PersonRecord;
import org.hearth.people.matching.internal.ReferencePopulation;

/**
 * Synthetic UK-style person records for benchmarks and tests, shuffled with their truth labels; the records
 * come from {@link ReferencePopulation} (no real data): Zipf-weighted forenames and
 * surnames from small shipped lists plus a long tail of invented surnames, UK postcode districts with
 * made-up sectors and units tied to invented streets, persons recorded 1 to 8 times (as by police, GP, school
 * and housing), each further record corrupted the way agencies' records differ: typos, phonetic spellings,
 * nicknames and initials, swapped names, a new surname, swapped day and month, a wrong digit, a move, missing
 * fields. Deterministic for a seed.
 */
public final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /** {@code n} records; truth labels are the person numbers. */
    public static Dataset generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> truth = new ArrayList<>(n);
        List<PersonRecord> records = ReferencePopulation.generate(random, n, "p", truth);
        // shuffle records and truth together, then renumber ids so ids carry no cluster hint
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<PersonRecord> shuffled = new ArrayList<>(n);
        String[] labels = new String[n];
        for (int k = 0; k < n; k++) {
            PersonRecord r = records.get(order[k]);
            shuffled.add(new PersonRecord("r" + k, r.givenName(), r.surname(), r.dateOfBirth(), r.sex(), r.address(),
                    r.postcode()));
            labels[k] = truth.get(order[k]);
        }
        return new Dataset(shuffled, labels, List.of());
    }
}
