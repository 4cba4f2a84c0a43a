package org.hearth.people.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hearth.people.matching.MatchRecord;
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
        List<MatchRecord> records = ReferencePopulation.generate(random, n, "p", truth);
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
        List<MatchRecord> shuffled = new ArrayList<>(n);
        String[] labels = new String[n];
        for (int k = 0; k < n; k++) {
            MatchRecord r = records.get(order[k]);
            shuffled.add(new MatchRecord("r" + k, r.givenName(), r.surname(), r.dateOfBirth(), r.sex(), r.address(),
                    r.postcode()));
            labels[k] = truth.get(order[k]);
        }
        return new Dataset(shuffled, labels, List.of());
    }

    /**
     * A messier held-out set, as agencies' own records often are (issue 11): the records of
     * {@link #generate} (drawn with this seed), then each record independently made worse. About one in six
     * loses its forename or its surname (half each); none keeps a postcode, and the address is only the town;
     * one in six dates of birth gains a typo (a wrong digit, or two adjacent digits swapped, kept only where
     * the result is still a valid date, else left as it was).
     */
    public static Dataset messy(int n, long seed) {
        Dataset clean = generate(n, seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<MatchRecord> out = new ArrayList<>(n);
        for (MatchRecord r : clean.records()) {
            String given = r.givenName();
            String surname = r.surname();
            double u = random.nextDouble();
            if (u < 1.0 / 12) {
                given = null;
            } else if (u < 1.0 / 6) {
                surname = null;
            }
            String town = null;
            if (r.address() != null) {
                int comma = r.address().lastIndexOf(',');
                town = comma < 0 ? null : r.address().substring(comma + 1).trim();
            }
            String dob = r.dateOfBirth();
            if (dob != null && random.nextDouble() < 1.0 / 6) {
                dob = dobTypo(dob, random);
            }
            out.add(new MatchRecord(r.id(), given, surname, dob, r.sex(), town, null));
        }
        return new Dataset(out, clean.truth(), List.of());
    }

    private static String dobTypo(String iso, SplittableRandom random) {
        char[] d = iso.replace("-", "").toCharArray();
        for (int attempt = 0; attempt < 5; attempt++) {
            char[] t = d.clone();
            int k = random.nextInt(8);
            if (random.nextBoolean() && k < 7 && t[k] != t[k + 1]) {
                char c = t[k];
                t[k] = t[k + 1];
                t[k + 1] = c;
            } else {
                char c;
                do {
                    c = (char) ('0' + random.nextInt(10));
                } while (c == t[k]);
                t[k] = c;
            }
            String s = new String(t, 0, 4) + "-" + new String(t, 4, 2) + "-" + new String(t, 6, 2);
            try {
                java.time.LocalDate.parse(s);
                return s;
            } catch (java.time.format.DateTimeParseException e) {
                // not a date: try another typo
            }
        }
        return iso;
    }
}
