package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import org.hearth.people.matching.bench.Dataset;
import org.hearth.people.matching.bench.SyntheticPeople;

/**
 * Bench-only: for candidate blocking keys, how many of the true pairs the current rules miss each would
 * catch, and how many pairs its blocks hold. Uses the generator's truth to measure only. Prints counts.
 * {@code java -cp ... org.hearth.people.matching.internal.BlockingExperiment N}: greedy choice among the candidate
 * keys; {@code ... N -} (or {@code N key,key}): the current rules (plus the named candidates) left out one at a time,
 * and the missed pairs by how many of forename, surname, date of birth and place still agree.
 */
public final class BlockingExperiment {

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Dataset data = SyntheticPeople.generate(n, 1);
        Linkage l = new Linkage(data.records(), null, new Linkage.Settings(0.5, 0.99, 1_000_000, 10_000, 42));
        Prepared p = l.prepared;
        String[] truth = data.truth();
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(truth[i], k -> new ArrayList<>(2)).add(i);
        }
        List<int[]> missed = new ArrayList<>();
        long all = 0;
        for (List<Integer> g : groups.values()) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    all++;
                    if (!l.blocked(g.get(x), g.get(y))) {
                        missed.add(new int[] {g.get(x), g.get(y)});
                    }
                }
            }
        }
        System.out.printf("true pairs %d, missed %d (pc %.4f)%n", all, missed.size(), 1 - (double) missed.size() / all);
        Map<String, ToLongBiFunction<Prepared, Integer>> keys = new LinkedHashMap<>();
        keys.put("givenDm+year+month", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(q.givenDm[i], Hash.ofInt(q.dob[i] / 100)));
        keys.put("givenDm+year+day", (q, i) -> q.dob[i] < 0 ? 0
                : Hash.and(q.givenDm[i], Hash.ofInt(q.dob[i] / 10000 * 100 + q.dob[i] % 100)));
        keys.put("givenDm+month+day", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(q.givenDm[i], Hash.ofInt(q.dob[i] % 10000)));
        keys.put("givenDm+year+dm-sorted", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(q.givenDm[i], Hash.ofInt(sortedDm(q.dob[i]))));
        keys.put("surnameDm+year+month", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(q.surnameDm[i], Hash.ofInt(q.dob[i] / 100)));
        keys.put("surnameDm+year+day", (q, i) -> q.dob[i] < 0 ? 0
                : Hash.and(q.surnameDm[i], Hash.ofInt(q.dob[i] / 10000 * 100 + q.dob[i] % 100)));
        keys.put("surnameDm+month+day", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(q.surnameDm[i], Hash.ofInt(q.dob[i] % 10000)));
        keys.put("givenH+district", (q, i) -> Hash.and(q.givenH[i], q.districtH[i]));
        keys.put("givenDm+district", (q, i) -> Hash.and(q.givenDm[i], q.districtH[i]));
        keys.put("surnameDm+district", (q, i) -> Hash.and(q.surnameDm[i], q.districtH[i]));
        keys.put("surnameDm+district+ginit", (q, i) -> q.given[i] == null ? 0
                : Hash.and(Hash.and(q.surnameDm[i], q.districtH[i]), Hash.ofInt(q.givenInitial[i])));
        keys.put("givenDm+surnameDm", (q, i) -> Hash.and(q.givenDm[i], q.surnameDm[i]));
        keys.put("givenH+surname3", (q, i) -> q.surname[i] == null || q.surname[i].length() < 3 ? 0
                : Hash.and(q.givenH[i], Hash.of(q.surname[i].substring(0, 3))));
        keys.put("givenDm+surname first+last", (q, i) -> q.surname[i] == null ? 0
                : Hash.and(q.givenDm[i], Hash.ofInt(q.surname[i].charAt(0) * 65536 + q.surname[i].charAt(q.surname[i].length() - 1))));
        keys.put("dob+forename initial", (q, i) -> q.dob[i] < 0 || q.given[i] == null ? 0
                : Hash.and(Hash.ofInt(q.dob[i]), Hash.ofInt(q.givenInitial[i])));
        keys.put("dob+initials unordered", (q, i) -> q.dob[i] < 0 || q.given[i] == null || q.surname[i] == null ? 0
                : Hash.and(Hash.ofInt(q.dob[i]), Hash.ofInt(Math.min(q.givenInitial[i], q.surname[i].charAt(0)) * 65536
                        + Math.max(q.givenInitial[i], q.surname[i].charAt(0)))));
        keys.put("dob+sex", (q, i) -> q.dob[i] < 0 || q.sex[i] == 0 ? 0 : Hash.and(Hash.ofInt(q.dob[i]), Hash.ofInt(q.sex[i])));
        keys.put("dob+sector", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(Hash.ofInt(q.dob[i]), q.sectorH[i]));
        keys.put("year+month+district", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(Hash.ofInt(q.dob[i] / 100), q.districtH[i]));
        keys.put("givenDm+year+sex", (q, i) -> q.dob[i] < 0 || q.sex[i] == 0 ? 0
                : Hash.and(Hash.and(q.givenDm[i], Hash.ofInt(q.dob[i] / 10000)), Hash.ofInt(q.sex[i])));
        keys.put("sector+ginit+sinit", (q, i) -> q.given[i] == null || q.surname[i] == null ? 0
                : Hash.and(q.sectorH[i], Hash.ofInt(q.givenInitial[i] * 65536 + q.surname[i].charAt(0))));
        keys.put("street+town+givenDm", (q, i) -> Hash.and(Hash.and(q.streetH[i], q.townH[i]), q.givenDm[i]));
        keys.put("street+town+surnameDm", (q, i) -> Hash.and(Hash.and(q.streetH[i], q.townH[i]), q.surnameDm[i]));
        keys.put("surnameDm+month+day+ginit", (q, i) -> q.dob[i] < 0 || q.given[i] == null ? 0
                : Hash.and(Hash.and(q.surnameDm[i], Hash.ofInt(q.dob[i] % 10000)), Hash.ofInt(q.givenInitial[i])));
        keys.put("surnameDm+month+day+sex", (q, i) -> q.dob[i] < 0 || q.sex[i] == 0 ? 0
                : Hash.and(Hash.and(q.surnameDm[i], Hash.ofInt(q.dob[i] % 10000)), Hash.ofInt(q.sex[i])));
        keys.put("givenH+surnameDm", (q, i) -> Hash.and(q.givenH[i], q.surnameDm[i]));
        keys.put("surnameH+givenDm", (q, i) -> Hash.and(q.surnameH[i], q.givenDm[i]));
        keys.put("surnameH+givenInitial", (q, i) -> q.given[i] == null ? 0 : Hash.and(q.surnameH[i], Hash.ofInt(q.givenInitial[i])));
        keys.put("givenH+surnameInitial", (q, i) -> q.surname[i] == null ? 0 : Hash.and(q.givenH[i], Hash.ofInt(q.surname[i].charAt(0))));
        keys.put("givenDm+surnameDm+sex", (q, i) -> q.sex[i] == 0 ? 0 : Hash.and(Hash.and(q.givenDm[i], q.surnameDm[i]), Hash.ofInt(q.sex[i])));
        keys.put("givenDm+surnameDmAlt", (q, i) -> Hash.and(q.givenDm[i], q.surnameDmAlt[i]));
        keys.put("givenDm+year+month-or-day-swap", (q, i) -> q.dob[i] < 0 ? 0 : Hash.and(q.givenDm[i], Hash.ofInt(q.dob[i] / 10000)));
        Map<String, long[]> computed = new LinkedHashMap<>();
        for (var e : keys.entrySet()) {
            long[] k = new long[n];
            for (int i = 0; i < n; i++) {
                k[i] = e.getValue().applyAsLong(p, i);
            }
            computed.put(e.getKey(), k);
        }
        if (args.length > 1) {
            // leave-one-out over the existing rules plus the named candidates
            Map<String, long[]> set = new LinkedHashMap<>();
            for (int r = 0; r < l.rules.size(); r++) {
                set.put(l.rules.get(r).name(), l.keys[r]);
            }
            for (String name : args[1].split(",")) {
                if (computed.containsKey(name)) {
                    set.put(name, computed.get(name));
                } else if (name.startsWith("-")) {
                    set.remove(name.substring(1));
                }
            }
            List<int[]> truePairs = new ArrayList<>();
            for (List<Integer> g : groups.values()) {
                for (int x = 0; x < g.size(); x++) {
                    for (int y = x + 1; y < g.size(); y++) {
                        truePairs.add(new int[] {g.get(x), g.get(y)});
                    }
                }
            }
            List<long[]> allKeys = new ArrayList<>(set.values());
            long caught = 0;
            for (int[] m : truePairs) {
                for (long[] k : allKeys) {
                    if (k[m[0]] != 0 && k[m[0]] == k[m[1]]) {
                        caught++;
                        break;
                    }
                }
            }
            System.out.printf("set: pc %.4f (%d missed)%n", (double) caught / all, all - caught);
            Map<String, Integer> patterns = new HashMap<>();
            int[] agreeing = new int[6];
            for (int[] m : truePairs) {
                boolean hit = false;
                for (long[] k : allKeys) {
                    if (k[m[0]] != 0 && k[m[0]] == k[m[1]]) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    continue;
                }
                int pt = Comparison.pattern(p, m[0], p, m[1]);
                int f = Comparison.level(pt, 0);
                int sn = Comparison.level(pt, 1);
                int d = Comparison.level(pt, 2);
                int a = Comparison.level(pt, 3);
                int pc = Comparison.level(pt, 4);
                int agree = (f >= 1 && f <= 5 ? 1 : 0) + (sn >= 1 && sn <= 4 ? 1 : 0) + (d >= 1 && d <= 3 ? 1 : 0)
                        + (a >= 1 && a <= 3 || pc >= 1 && pc <= 3 ? 1 : 0);
                agreeing[agree]++;
                String key = "F" + Comparison.FORENAME.levels.get(f) + " | S" + Comparison.SURNAME.levels.get(sn) + " | D"
                        + Comparison.DATE_OF_BIRTH.levels.get(d) + " | A" + Comparison.ADDRESS.levels.get(a) + " | P"
                        + Comparison.POSTCODE.levels.get(pc);
                patterns.merge(key, 1, Integer::sum);
            }
            System.out.println("missed pairs by number of agreeing fields (forename, surname, dob, place): "
                    + java.util.Arrays.toString(agreeing));
            patterns.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(30)
                    .forEach(w -> System.out.println("  " + w.getValue() + "  " + w.getKey()));
            long union = 0;
            for (var e : set.entrySet()) {
                List<long[]> others = new ArrayList<>(allKeys);
                others.remove(e.getValue());
                int unique = 0;
                for (int[] m : truePairs) {
                    long[] k = e.getValue();
                    if (k[m[0]] != 0 && k[m[0]] == k[m[1]]) {
                        boolean other = false;
                        for (long[] o : others) {
                            if (o[m[0]] != 0 && o[m[0]] == o[m[1]]) {
                                other = true;
                                break;
                            }
                        }
                        if (!other) {
                            unique++;
                        }
                    }
                }
                long only = newPairs(e.getValue(), others);
                System.out.printf("  %-40s unique true pairs %5d  pairs only it makes %,9d%n", e.getKey(), unique, only);
            }
            List<long[]> acc = new ArrayList<>();
            for (long[] k : allKeys) {
                union += newPairs(k, acc);
                acc.add(k);
            }
            System.out.printf("union pairs %,d%n", union);
            return;
        }
        List<long[]> chosen = new ArrayList<>(java.util.Arrays.asList(l.keys));
        List<int[]> left = missed;
        for (int round = 0; round < 8; round++) {
            String best = null;
            double bestScore = 0;
            System.out.printf("round %d: %d missed (pc %.4f)%n", round, left.size(), 1 - (double) left.size() / all);
            for (var e : computed.entrySet()) {
                long[] k = e.getValue();
                int caught = 0;
                for (int[] m : left) {
                    if (k[m[0]] != 0 && k[m[0]] == k[m[1]]) {
                        caught++;
                    }
                }
                long fresh = newPairs(k, chosen);
                double score = caught / (1.0 + fresh / 1000.0);
                System.out.printf("  %-32s catches %5d  new pairs %,9d  catches per 1k new %.1f%n", e.getKey(), caught, fresh,
                        caught * 1000.0 / Math.max(1, fresh));
                if (caught * 1000.0 / Math.max(1, fresh) > bestScore) {
                    bestScore = caught * 1000.0 / Math.max(1, fresh);
                    best = e.getKey();
                }
            }
            if (best == null) {
                break;
            }
            System.out.println("  -> " + best);
            long[] k = computed.remove(best);
            chosen.add(k);
            List<int[]> still = new ArrayList<>();
            for (int[] m : left) {
                if (!(k[m[0]] != 0 && k[m[0]] == k[m[1]])) {
                    still.add(m);
                }
            }
            left = still;
        }
    }

    /** Pairs in the blocks of {@code k} that no key in {@code chosen} already pairs. */
    private static long newPairs(long[] k, List<long[]> chosen) {
        Map<Long, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                blocks.computeIfAbsent(k[i], x -> new ArrayList<>(2)).add(i);
            }
        }
        long fresh = 0;
        for (List<Integer> b : blocks.values()) {
            for (int x = 0; x < b.size(); x++) {
                for (int y = x + 1; y < b.size(); y++) {
                    int i = b.get(x);
                    int j = b.get(y);
                    boolean seen = false;
                    for (long[] c : chosen) {
                        if (c[i] != 0 && c[i] == c[j]) {
                            seen = true;
                            break;
                        }
                    }
                    if (!seen) {
                        fresh++;
                    }
                }
            }
        }
        return fresh;
    }

    private static int sortedDm(int dob) {
        int m = dob / 100 % 100;
        int d = dob % 100;
        return dob / 10000 * 10000 + Math.min(m, d) * 100 + Math.max(m, d);
    }
}
