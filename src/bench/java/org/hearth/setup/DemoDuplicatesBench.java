package org.hearth.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.HearthApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench/duplicates}: the possible-duplicates list of the demo, measured against the truth its generator
 * knows. Starts Hearth with the full demo (a fresh data directory), waits for the first search of the register,
 * and compares the pairs on the list with the pairs that are truly one person: every person {@link DemoActivity}
 * makes is a different person (a repeat victim or a serial perpetrator is the same record again), and
 * {@link DemoDuplicates} plants its twins as records {@code demo-duplicate-person-2k} and {@code -2k+1}. Prints
 * counts per band and per probability range, and one JSON line; never names.
 */
public final class DemoDuplicatesBench {

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("hearth-demo-duplicates").resolve("pgdata");
        Set<String> truth = new HashSet<>();
        for (int k = 0; k < 4; k++) {
            truth.add(key(id(2 * k), id(2 * k + 1)));
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HearthApplication.class)
                .run("--hearth.embedded-db.data-dir=" + dataDir, "--hearth.demo.enabled=true", "--server.port=0",
                        "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String status = "";
            for (int waited = 0; waited < 1200 && !status.equals("DONE") && !status.equals("FAILED"); waited++) {
                Thread.sleep(1000);
                status = jdbc.sql("SELECT coalesce(max(status), '') FROM person_duplicate_run").query(String.class)
                        .single();
            }
            long persons = jdbc.sql("SELECT count(*) FROM person WHERE merged_into IS NULL").query(Long.class).single();
            record Pair(UUID a, UUID b, double p, String band, List<String> reasons) {
            }
            // the open pairs, banded as the hub's page bands them (PossibleDuplicate.band)
            List<Pair> pairs = jdbc.sql("""
                    SELECT d.person_a, d.person_b, d.probability, d.reasons, pa.date_of_birth, pb.date_of_birth
                    FROM person_duplicate d JOIN person pa ON pa.id = d.person_a JOIN person pb ON pb.id = d.person_b
                    WHERE d.decision IS NULL""")
                    .query((rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3),
                            org.hearth.people.MatchBand.of(rs.getDouble(3), org.hearth.people.matching.MatchEngine
                                    .datesOfBirth(rs.getString(5), rs.getString(6))
                                    == org.hearth.people.matching.Evidence.DIFFERENT).label(),
                            List.of((String[]) rs.getArray(4).getArray()))).list();
            TreeMap<String, int[]> byRange = new TreeMap<>();
            TreeMap<String, int[]> byBand = new TreeMap<>();
            int found = 0;
            for (Pair p : pairs) {
                boolean same = truth.contains(key(p.a(), p.b()));
                found += same ? 1 : 0;
                String range = p.p() >= 0.99 ? "0.99-1.00" : p.p() >= 0.95 ? "0.95-0.99" : p.p() >= 0.8 ? "0.80-0.95"
                        : p.p() >= 0.5 ? "0.50-0.80" : "0.00-0.50";
                int[] r = byRange.computeIfAbsent(range, x -> new int[2]);
                r[0]++;
                r[1] += same ? 1 : 0;
                int[] b = byBand.computeIfAbsent(String.valueOf(p.band()), x -> new int[2]);
                b[0]++;
                b[1] += same ? 1 : 0;
            }
            TreeMap<String, Integer> falseHigh = new TreeMap<>();
            for (Pair p : pairs) {
                if (p.p() >= 0.8 && !truth.contains(key(p.a(), p.b()))) {
                    falseHigh.merge(String.format("%.2f ", Math.floor(p.p() * 100) / 100) + String.join("; ", p.reasons()),
                            1, Integer::sum);
                }
            }
            System.out.println("pairs at 0.99 or more (probability, band, one person?):");
            pairs.stream().filter(p -> p.p() >= 0.99).forEach(p -> System.out.printf("  %.6f %s %s%n", p.p(), p.band(),
                    truth.contains(key(p.a(), p.b()))));
            System.out.println("pairs of different people at 0.8 or more (the evidence in words, never names):");
            falseHigh.descendingMap().forEach((k, v) -> System.out.println("  " + v + " x " + k));
            System.out.printf("demo: %d persons, search %s, %d pairs on the list, %d of the %d true pairs%n", persons,
                    status, pairs.size(), found, truth.size());
            byRange.descendingMap().forEach((k, v) -> System.out.printf("  probability %s: %d pairs, %d true, precision %.3f%n",
                    k, v[0], v[1], v[0] == 0 ? 0 : (double) v[1] / v[0]));
            byBand.forEach((k, v) -> System.out.printf("  band %s: %d pairs, %d true, precision %.3f%n", k, v[0], v[1],
                    v[0] == 0 ? 0 : (double) v[1] / v[0]));
            System.out.printf("{\"persons\": %d, \"pairs\": %d, \"true_pairs\": %d, \"found\": %d, \"precision\": %.4f, "
                    + "\"recall\": %.4f, \"seconds\": %.1f, \"load_average\": %.2f}%n", persons, pairs.size(), truth.size(),
                    found, pairs.isEmpty() ? 0 : (double) found / pairs.size(), (double) found / truth.size(),
                    (System.nanoTime() - started) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.getParent());
        }
        System.exit(0);
    }

    private static UUID id(int k) {
        return UUID.nameUUIDFromBytes(("demo-duplicate-person-" + k).getBytes());
    }

    private static String key(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }
}
