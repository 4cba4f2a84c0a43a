package org.hearth.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hearth.HearthApplication;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.referrals.importing.PoliceImports;
import org.hearth.support.Fixtures;
import org.hearth.support.WebSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The police import at speed, and surviving {@code kill -9} (see BENCHMARKS.md, "Police import", and
 * docs/police-import.md). Hearth runs on the embedded database with the synthetic demo.
 *
 * <pre>
 * speed [--rows 100000] [--chunk 100] [--settle-s 15] [--warm-rows 0] [--data-dir DIR] [--sql-log] [--pg-statements]
 * kill  --data-dir NEW_DIR [--rows 20000] [--kill-at 6000] [--chunk 100]
 * api   [--rows 100000] [--clients 8] [--settle-s 15] [--max-s S] [--data-dir DIR]
 * </pre>
 * {@code speed}: generates a file (every tenth row names again the victim and perpetrator of the row seven before
 * it; every thousandth row, from row 500, has a date that does not exist), uploads it as a hub coordinator through
 * {@link PoliceImports#start}, prints progress every 5 s with the load average and heap, then checks the outcome row
 * by row. {@code kill}: runs Hearth in a child JVM, starts the import there, sends the child SIGKILL once the job
 * has committed {@code --kill-at} rows, starts a new child on the same data directory (which takes up the job by
 * itself) and checks row by row that every row of the file was imported or rejected exactly once.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "speed" : args[0];
        LoadBench.Options o = LoadBench.Options.parse(args, 1);
        int code = switch (mode) {
            case "speed" -> speed(o);
            case "kill" -> kill(o);
            case "serve" -> serve(o);
            case "api" -> api(o);
            default -> throw new IllegalArgumentException("speed, kill, api (or serve, the child of kill)");
        };
        System.exit(code);
    }

    static ConfigurableApplicationContext start(String dataDir, List<String> more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--hearth.demo.enabled=true",
                "--hearth.embedded-db.data-dir=" + dataDir, "--logging.level.root=WARN",
                "--logging.level.org.hearth.referrals.importing=INFO",
                "--logging.level.org.hearth.people.internal.EngineMatcher=INFO"));
        args.addAll(more);
        return new SpringApplicationBuilder(HearthApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * CPU used so far by the live thread of this name (the import's worker: matching, its statements, the person
     * index's updates after each commit; not the listeners, the audit appender or a retrain), in nanoseconds.
     */
    static long threadCpu(String name) {
        var threads = ManagementFactory.getThreadMXBean();
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().equals(name)) {
                return threads.getThreadCpuTime(t.getThreadId());
            }
        }
        return 0;
    }

    /** The embedded PostgreSQL's postmaster: the parent of this connection's backend. */
    static long postmaster(JdbcClient jdbc) throws Exception {
        long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        String stat = Files.readString(Path.of("/proc/" + backend + "/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    }

    /**
     * CPU used so far by PostgreSQL, in nanoseconds: the postmaster and its live backends and workers (user and system
     * time), and the children it has already reaped. From {@code /proc}, at 100 clock ticks a second.
     */
    static long postgresCpu(long postmaster) {
        long ticks = 0;
        List<ProcessHandle> all = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(p -> {
            all.add(p);
            all.addAll(p.children().toList());
        });
        for (ProcessHandle p : all) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 to 17 of /proc/<pid>/stat: utime, stime, cutime, cstime (f[0] is field 3)
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (Exception gone) {
                // a backend that ended meanwhile: the postmaster counts it once reaped
            }
        }
        return ticks * 10_000_000L;
    }

    /**
     * CPU used so far by each thread of this JVM, Java's and the VM's own (GC, JIT compilers), in nanoseconds, by
     * thread id: from {@code /proc/self/task/<tid>/stat} (user and system time, 100 clock ticks a second) and
     * {@code comm} (the thread's name, cut to 15 characters by Linux).
     */
    static Map<String, Map.Entry<String, Long>> threadsCpu() {
        Map<String, Map.Entry<String, Long>> cpu = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    cpu.put(t.getFileName().toString(), Map.entry(Files.readString(t.resolve("comm")).trim(),
                            ticks * 10_000_000L));
                } catch (Exception gone) {
                    // a thread that ended meanwhile: its CPU is lost to this table (it is in the JVM's total)
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cpu;
    }

    /**
     * Prints the CPU a row spent by each group of threads between two {@link #threadsCpu} readings, largest first: a
     * group is the threads whose names differ only in their digits (the GC's workers, a pool's threads).
     */
    static void printThreadsCpu(Map<String, Map.Entry<String, Long>> before, Map<String, Map.Entry<String, Long>> after,
            int rows) {
        Map<String, long[]> groups = new HashMap<>();
        long total = 0;
        for (var e : after.entrySet()) {
            long spent = e.getValue().getValue() - (before.containsKey(e.getKey()) ? before.get(e.getKey()).getValue() : 0);
            long[] g = groups.computeIfAbsent(e.getValue().getKey().replaceAll("[0-9]+", "#"), k -> new long[2]);
            g[0] += spent;
            g[1]++;
            total += spent;
        }
        System.out.printf(Locale.ROOT, "JVM threads by CPU (/proc/self/task; threads alive at the end): %.2f ms a row in all%n",
                total / 1e6 / Math.max(1, rows));
        long all = Math.max(1, total);
        groups.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(20)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-18s %3d threads %8.2f ms a row %5.1f%%%n", e.getKey(),
                        e.getValue()[1], e.getValue()[0] / 1e6 / Math.max(1, rows), 100.0 * e.getValue()[0] / all));
    }

    static String load() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    /** A run's tag: letters only, ending every family name of the file (so its people can be counted). */
    static String tag(long seed) {
        Random r = new Random(seed ^ System.nanoTime());
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    static boolean bad(int i) {
        return i % 1000 == 500;
    }

    static boolean repeat(int i) {
        return i % 10 == 9;
    }

    /** Writes the file: {@code rows} rows with police references {@code BENCH/<tag>/<i>}. */
    static void generate(Path file, int rows, String tag, long seed) throws Exception {
        String[] women = {"Fern", "Amara", "Beth", "Carys", "Dana", "Elif", "Freya", "Gemma", "Hana", "Isla"};
        String[] men = {"Gary", "Aaron", "Ben", "Craig", "Dean", "Ewan", "Farid", "Glen", "Harun", "Ivan"};
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        Random random = new Random(seed);
        String[][] recent = new String[10][];
        String yesterday = LocalDate.now().minusDays(1).toString();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("police_reference,incident_date,incident_time,referring_agency,officer_name,victim_given_name,"
                    + "victim_family_name,victim_date_of_birth,victim_sex,victim_postcode,perpetrator_given_name,"
                    + "perpetrator_family_name,perpetrator_date_of_birth,relationship,child_1_given_name,"
                    + "child_1_family_name,child_1_present,abuse_types,consent,narrative\n");
            for (int i = 0; i < rows; i++) {
                String[] p = repeat(i) ? recent[(i - 7) % 10] : new String[] {women[random.nextInt(women.length)],
                    family(random, tag), birth(random), "NF" + (1 + random.nextInt(9)) + " " + random.nextInt(10)
                            + letters.charAt(random.nextInt(letters.length()))
                            + letters.charAt(random.nextInt(letters.length())),
                    men[random.nextInt(men.length)], family(random, tag), birth(random)};
                recent[i % 10] = p;
                out.write("BENCH/" + tag + "/" + i + "," + (bad(i) ? "2026-02-30" : yesterday) + ",21:30,,PC Wells,"
                        + p[0] + "," + p[1] + "," + p[2] + ",FEMALE," + p[3] + "," + p[4] + "," + p[5] + "," + p[6]
                        + ",INTIMATE_PARTNER,Hal," + p[1] + ",Y,PHYSICAL,GIVEN,Generated incident " + i + "\n");
            }
        }
    }

    private static String family(Random random, String tag) {
        StringBuilder family = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            family.append((char) ((k == 0 ? 'A' : 'a') + random.nextInt(26)));
        }
        return family.append(tag).toString();
    }

    private static String birth(Random random) {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365)).toString();
    }

    /**
     * Waits (up to 20 minutes) until the first start's background work is over: the demo register's first duplicate
     * search, which a new database runs once and which would otherwise be counted in the import's CPU.
     */
    static void awaitFirstDuplicateSearch(JdbcClient jdbc) throws InterruptedException {
        long until = System.nanoTime() + 20 * 60_000_000_000L;
        while (System.nanoTime() < until && jdbc.sql("SELECT count(*) FROM person_duplicate_run WHERE status = 'RUNNING'")
                .query(Long.class).single() > 0) {
            Thread.sleep(1_000);
        }
    }

    /** Starts the import of {@code file} as a new hub coordinator of the demo's police; returns the job. */
    static UUID upload(ConfigurableApplicationContext ctx, Path file) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
        StaffUser u = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR).user();
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true, false,
                true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        // the import deletes its file when it ends: it gets a copy
        Path copy = Files.createTempFile("hearth-import-bench-", ".csv");
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            return ctx.getBean(PoliceImports.class).start(copy, "bench.csv", u.agency());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    record Job(String status, int read, int imported, int already, int rejected, int resumed) {
    }

    static Job job(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT status, rows_read, imported, already_imported, rejected, resumed FROM import_job WHERE id = ?")
                .param(id).query((rs, n) -> new Job(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6))).single();
    }

    /** Checks the outcome row by row; prints each problem (at most 20) and returns whether there was none. */
    static boolean verify(JdbcClient jdbc, UUID id, String tag, int rows) {
        List<String> problems = new ArrayList<>();
        Job j = job(jdbc, id);
        int bad = 0;
        int repeats = 0;
        for (int i = 0; i < rows; i++) {
            bad += bad(i) ? 1 : 0;
            repeats += repeat(i) ? 1 : 0;
        }
        if (!j.status().equals("DONE") || j.read() != rows || j.imported() != rows - bad || j.already() != 0
                || j.rejected() != bad) {
            problems.add("job " + j + ", expected DONE, " + rows + " read, " + (rows - bad) + " imported, 0 already, "
                    + bad + " rejected");
        }
        Map<Integer, Integer> referrals = new HashMap<>();
        jdbc.sql("SELECT split_part(police_reference, '/', 3)::int, count(*) FROM referral WHERE police_reference LIKE ? "
                + "GROUP BY 1").param("BENCH/" + tag + "/%")
                .query(rs -> {
                    referrals.put(rs.getInt(1), rs.getInt(2));
                });
        Map<Long, Integer> rejections = new HashMap<>();
        jdbc.sql("SELECT line, count(*) FROM import_rejection WHERE job_id = ? GROUP BY line").param(id)
                .query(rs -> {
                    rejections.put(rs.getLong(1), rs.getInt(2));
                });
        for (int i = 0; i < rows; i++) {
            int expected = bad(i) ? 0 : 1;
            int found = referrals.getOrDefault(i, 0);
            if (found != expected) {
                problems.add("row " + i + " (line " + (i + 2) + "): " + found + " referrals, expected " + expected);
            }
            int reported = rejections.getOrDefault((long) i + 2, 0);
            if (reported != (bad(i) ? 1 : 0)) {
                problems.add("row " + i + " (line " + (i + 2) + "): " + reported + " rejections in the report");
            }
        }
        int people = jdbc.sql("SELECT count(*) FROM person WHERE family_name LIKE ?").param("%" + tag)
                .query(Integer.class).single();
        int expectedPeople = 3 * (rows - repeats - bad) + repeats;
        if (people != expectedPeople) {
            problems.add(people + " people made, expected " + expectedPeople + " (a victim, a perpetrator and a child a "
                    + "new row, a child a repeated row)");
        }
        int linked = jdbc.sql("""
                SELECT count(*) FROM referral r
                JOIN referral e ON e.police_reference = 'BENCH/' || ? || '/' || (split_part(r.police_reference, '/', 3)::int - 7)
                JOIN referral_perpetrator rp ON rp.referral_id = r.id
                JOIN referral_perpetrator ep ON ep.referral_id = e.id
                WHERE r.police_reference LIKE ? AND split_part(r.police_reference, '/', 3)::int % 10 = 9
                  AND r.victim_id = e.victim_id AND rp.person_id = ep.person_id""")
                .params(tag, "BENCH/" + tag + "/%").query(Integer.class).single();
        if (linked != repeats) {
            problems.add(linked + " of " + repeats + " repeated rows linked to the victim and perpetrator of row i-7");
        }
        problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf(Locale.ROOT, "Checked %,d rows one by one: %s; job %s; %,d people; %,d of %,d repeats linked%n",
                rows, problems.isEmpty() ? "every row imported or rejected exactly once" : problems.size() + " problems",
                j, people, linked, repeats);
        return problems.isEmpty();
    }

    static int speed(LoadBench.Options o) throws Exception {
        int rows = o.integer("rows", 100_000);
        String tag = tag(rows);
        Path file = Files.createTempFile("hearth-import-bench-", ".csv");
        try {
            generate(file, rows, tag, 2026);
            System.out.printf(Locale.ROOT, "Generated %,d rows (%,d bytes); load average %s%n", rows, Files.size(file),
                    load());
            List<String> more = new ArrayList<>(List.of("--hearth.import.chunk-rows=" + o.integer("chunk", 100)));
            if (o.values().containsKey("sql-log")) {
                // every statement through JdbcTemplate (JdbcClient, the audit trail, the event registry), for counting
                more.add("--logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG");
            }
            try (ConfigurableApplicationContext ctx = start(o.text("data-dir", ""), more)) {
                Thread.sleep(o.integer("settle-s", 15) * 1000L);
                JdbcClient jdbc = ctx.getBean(JdbcClient.class);
                awaitFirstDuplicateSearch(jdbc);
                warmUp(ctx, o.integer("warm-rows", 0), o.integer("settle-s", 15));
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long postmaster = postmaster(jdbc);
                long cpu0 = os.getProcessCpuTime();
                var threads0 = threadsCpu();
                long pg0 = postgresCpu(postmaster);
                long t0 = System.nanoTime();
                String load0 = load();
                PgStatements pgStatements = o.values().containsKey("pg-statements") ? new PgStatements(jdbc, o.text("data-dir", "")) : null;
                if (pgStatements != null) {
                    pgStatements.reset();
                }
                UUID id = upload(ctx, file);
                Job j;
                long maxHeap = 0;
                int last = 0;
                long lastAt = t0;
                long lastCpu = cpu0;
                // the steady window: JVM CPU between the samples nearest 28% and 80% of the rows (after the first
                // retrain's start, as BENCHMARKS.md's figures from row 2,800 to row 8,000 of 10,000)
                int[] window = {-1, -1};
                long[] windowCpu = new long[2];
                long[] windowPg = new long[2];
                long[] windowThread = new long[2];
                do {
                    Thread.sleep(1_000);
                    j = job(jdbc, id);
                    Runtime rt = Runtime.getRuntime();
                    maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
                    long now = System.nanoTime();
                    long cpu = os.getProcessCpuTime();
                    for (int w = 0; w < 2; w++) {
                        if (window[w] < 0 && j.read() >= rows * (w == 0 ? 0.28 : 0.80)) {
                            window[w] = j.read();
                            windowCpu[w] = cpu;
                            windowPg[w] = postgresCpu(postmaster);
                            windowThread[w] = threadCpu("police-import");
                        }
                    }
                    if (now - lastAt >= 5_000_000_000L || !j.status().equals("RUNNING") && !j.status().equals("QUEUED")) {
                        System.out.printf(Locale.ROOT, "%6.1f s  %,7d rows  %6.0f rows/s now  JVM CPU %.2f ms a row now, "
                                + "%.1f s in all  load %s  heap used %d MB%n", (now - t0) / 1e9, j.read(),
                                (j.read() - last) * 1e9 / (now - lastAt),
                                (cpu - lastCpu) / 1e6 / Math.max(1, j.read() - last), (cpu - cpu0) / 1e9, load(),
                                (rt.totalMemory() - rt.freeMemory()) >> 20);
                        last = j.read();
                        lastAt = now;
                        lastCpu = cpu;
                    }
                } while (j.status().equals("RUNNING") || j.status().equals("QUEUED"));
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "Imported %,d rows in %.1f s (%.0f rows/s); JVM CPU %.2f ms a row; heap "
                        + "used up to %d MB of %d MB; load average %s before, %s after; %d cores%n", j.read(), seconds,
                        j.read() / seconds, (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, j.read()), maxHeap >> 20,
                        Runtime.getRuntime().maxMemory() >> 20, load0, load(), Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "PostgreSQL CPU %.2f ms a row (the postmaster and its backends)%n",
                        (postgresCpu(postmaster) - pg0) / 1e6 / Math.max(1, j.read()));
                printThreadsCpu(threads0, threadsCpu(), j.read());
                if (window[1] > window[0] && window[0] >= 0) {
                    System.out.printf(Locale.ROOT, "Steady window: JVM CPU %.2f ms a row (the police-import thread %.2f), "
                            + "PostgreSQL CPU %.2f ms a row, from row %,d to row %,d%n",
                            (windowCpu[1] - windowCpu[0]) / 1e6 / (window[1] - window[0]),
                            (windowThread[1] - windowThread[0]) / 1e6 / (window[1] - window[0]),
                            (windowPg[1] - windowPg[0]) / 1e6 / (window[1] - window[0]), window[0], window[1]);
                }
                System.out.println("Tables by rows read in sequential scans (pg_stat_user_tables):");
                jdbc.sql("SELECT relname, seq_scan, seq_tup_read, idx_scan FROM pg_stat_user_tables "
                        + "ORDER BY seq_tup_read DESC LIMIT 8").query((rs, n) -> String.format(Locale.ROOT,
                                "  %-40s %,10d scans %,14d rows %,10d index scans", rs.getString(1), rs.getLong(2),
                                rs.getLong(3), rs.getLong(4))).list().forEach(System.out::println);
                if (pgStatements != null) {
                    pgStatements.print(j.read());
                }
                return verify(jdbc, id, tag, rows) ? 0 : 1;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * {@code --warm-rows N}: imports a file of N rows of its own (another tag) before the timed one, untimed and
     * unchecked, then waits {@code settle} seconds; so the timed import runs in a JVM whose import code the JIT has
     * already compiled, as in a server that has imported before, and its CPU is the steady state's, not the warm-up's.
     */
    static void warmUp(ConfigurableApplicationContext ctx, int rows, int settle) throws Exception {
        if (rows <= 0) {
            return;
        }
        Path file = Files.createTempFile("hearth-import-warm-", ".csv");
        try {
            generate(file, rows, tag(rows + 1), 2027);
            long t0 = System.nanoTime();
            UUID id = upload(ctx, file);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Job j;
            do {
                Thread.sleep(1_000);
                j = job(jdbc, id);
            } while (j.status().equals("RUNNING") || j.status().equals("QUEUED"));
            System.out.printf(Locale.ROOT, "Warm-up: %,d rows imported in %.1f s (not timed); load average %s%n",
                    j.read(), (System.nanoTime() - t0) / 1e9, load());
            Thread.sleep(settle * 1000L);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Creates an API client at the demo's police with {@code referrals:write} through the admin pages; its token. */
    static String token(int port, Fixtures fixtures, String name) {
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUserAt("Hearth Admin Team", Role.SYSTEM_ADMIN));
        String agency = fixtures.agency("Northfield Police").id().toString();
        String csrf = admin.open("/admin/api-clients/new").csrf();
        WebSession.Page created = admin.post("/admin/api-clients", Map.of("name", name, "agency", agency,
                "scopes", "referrals:write", "_csrf", csrf));
        if (created.status() != 200 || created.html().selectFirst("#token") == null) {
            throw new IllegalStateException("API client not created: " + created.status());
        }
        return created.html().selectFirst("#token").text();
    }

    /** The body of {@code POST /api/referrals} for row {@code i} (the people as {@link #generate} makes them). */
    static String referralJson(int i, String[] p, String tag, String yesterday) {
        return """
                {"referrerName": "PC Wells", "incidentDate": "%s", "incidentTime": "21:30",
                 "policeReference": "BENCH/%s/%d",
                 "victim": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "sex": "FEMALE",
                            "postcode": "%s"},
                 "perpetrators": [{"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s"}],
                 "children": [{"givenName": "Hal", "familyName": "%s", "age": 6, "present": true}],
                 "relationship": "INTIMATE_PARTNER", "abuseTypes": ["PHYSICAL"], "consent": "GIVEN",
                 "narrative": "Generated incident %d"}
                """.formatted(yesterday, tag, i, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[1], i);
    }

    /**
     * {@code api}: {@code --rows} referrals posted to {@code POST /api/referrals} by {@code --clients} concurrent
     * clients (each with its own API token, made as the tests make them), each taking the next row as soon as its
     * last answer came; every answer timed (HdrHistogram), then the outcome checked row by row.
     */
    static int api(LoadBench.Options o) throws Exception {
        int rows = o.integer("rows", 100_000);
        int clients = o.integer("clients", 8);
        String tag = tag(rows);
        // the people of each row, as generate makes them (every tenth row names again those of the row seven before)
        String[][] people = new String[rows][];
        String[] women = {"Fern", "Amara", "Beth", "Carys", "Dana", "Elif", "Freya", "Gemma", "Hana", "Isla"};
        String[] men = {"Gary", "Aaron", "Ben", "Craig", "Dean", "Ewan", "Farid", "Glen", "Harun", "Ivan"};
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        Random random = new Random(2026);
        for (int i = 0; i < rows; i++) {
            people[i] = repeat(i) && i >= 7 ? people[i - 7] : new String[] {women[random.nextInt(women.length)],
                family(random, tag), birth(random), "NF" + (1 + random.nextInt(9)) + " " + random.nextInt(10)
                        + letters.charAt(random.nextInt(letters.length()))
                        + letters.charAt(random.nextInt(letters.length())),
                men[random.nextInt(men.length)], family(random, tag), birth(random)};
        }
        String yesterday = LocalDate.now().minusDays(1).toString();
        try (ConfigurableApplicationContext ctx = start(o.text("data-dir", ""), List.of())) {
            Thread.sleep(o.integer("settle-s", 15) * 1000L);
            awaitFirstDuplicateSearch(ctx.getBean(JdbcClient.class));
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
            List<String> tokens = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                tokens.add(token(port, fixtures, "Bench client " + tag + " " + c));
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            Map<Integer, java.util.concurrent.atomic.AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
            org.HdrHistogram.Recorder latency = new org.HdrHistogram.Recorder(3);
            String load0 = load();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            // --max-s: stop taking new rows after this long (a loaded machine), and report on the rows posted
            long deadline = t0 + o.integer("max-s", 86_400) * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String token = tokens.get(c);
                Thread t = new Thread(() -> {
                    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < rows) {
                        var request = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/api/referrals"))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        referralJson(i, people[i], tag, yesterday))).build();
                        int status;
                        long s = System.nanoTime();
                        try {
                            status = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        latency.recordValue(Math.max(1, (System.nanoTime() - s) / 1000));
                        statuses.computeIfAbsent(status, k -> new java.util.concurrent.atomic.AtomicInteger())
                                .incrementAndGet();
                        done.incrementAndGet();
                    }
                }, "api-bench-" + c);
                threads.add(t);
                t.start();
            }
            int last = 0;
            long lastAt = t0;
            while (threads.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(5_000);
                long now = System.nanoTime();
                int d = done.get();
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "%6.1f s  %,7d posted  %6.0f a second now  load %s  heap used %d MB%n",
                        (now - t0) / 1e9, d, (d - last) * 1e9 / (now - lastAt), load(),
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
                last = d;
                lastAt = now;
            }
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            int posted = Math.min(next.get(), rows);
            org.HdrHistogram.Histogram h = latency.getIntervalHistogram();
            System.out.printf(Locale.ROOT, "Posted %,d referrals from %d clients in %.1f s: %.0f a second; latency p50 %.1f ms,"
                    + " p95 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s; JVM CPU %.2f ms a referral (Hearth and the "
                    + "clients); load average %s before, %s after; %d cores%n", posted, clients, seconds, posted / seconds,
                    h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(95) / 1e3, h.getValueAtPercentile(99) / 1e3,
                    h.getMaxValue() / 1e3, new java.util.TreeMap<>(statuses),
                    (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, posted), load0, load(),
                    Runtime.getRuntime().availableProcessors());
            Map<Integer, Integer> referrals = new HashMap<>();
            jdbc.sql("SELECT split_part(police_reference, '/', 3)::int, count(*) FROM referral WHERE police_reference "
                    + "LIKE ? GROUP BY 1").param("BENCH/" + tag + "/%")
                    .query(rs -> {
                        referrals.put(rs.getInt(1), rs.getInt(2));
                    });
            int wrong = 0;
            for (int i = 0; i < posted; i++) {
                if (referrals.getOrDefault(i, 0) != 1) {
                    if (wrong++ < 20) {
                        System.out.println("PROBLEM row " + i + ": " + referrals.getOrDefault(i, 0) + " referrals");
                    }
                }
            }
            int linked = jdbc.sql("""
                    SELECT count(*) FROM referral r
                    JOIN referral e ON e.police_reference = 'BENCH/' || ? || '/' || (split_part(r.police_reference, '/', 3)::int - 7)
                    WHERE r.police_reference LIKE ? AND split_part(r.police_reference, '/', 3)::int % 10 = 9
                      AND r.victim_id = e.victim_id""").params(tag, "BENCH/" + tag + "/%").query(Integer.class).single();
            System.out.printf(Locale.ROOT, "Checked %,d rows one by one: %s; %,d of %,d repeated victims linked (a repeat "
                    + "posted before its earlier row committed cannot be)%n", posted,
                    wrong == 0 ? "every referral recorded exactly once" : wrong + " problems", linked, posted / 10);
            return wrong == 0 && statuses.keySet().equals(Set.of(201)) ? 0 : 1;
        }
    }

    /** The parent of {@code kill}: starts, kills and restarts the child, which checks the outcome. */
    static int kill(LoadBench.Options o) throws Exception {
        String dir = o.text("data-dir", null);
        if (dir == null || (Files.exists(Path.of(dir)) && Files.list(Path.of(dir)).findAny().isPresent())) {
            throw new IllegalArgumentException("--data-dir must name a new or empty directory");
        }
        int rows = o.integer("rows", 20_000);
        int killAt = o.integer("kill-at", 6_000);
        String tag = tag(rows);
        Path file = Files.createTempFile("hearth-import-kill-", ".csv");
        try {
            generate(file, rows, tag, 2026);
            List<String> common = List.of("--data-dir", dir, "--rows", String.valueOf(rows), "--tag", tag, "--chunk",
                    String.valueOf(o.integer("chunk", 100)));
            List<String> first = new ArrayList<>(common);
            first.addAll(List.of("--file", file.toString()));
            Process child = child(first);
            int committed = -1;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println("  [first] " + line);
                    if (line.startsWith("PROGRESS ") && Integer.parseInt(line.split(" ")[1]) >= killAt) {
                        committed = Integer.parseInt(line.split(" ")[1]);
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no @PreDestroy, no commit
                        break;
                    }
                }
            }
            child.waitFor();
            stopOrphanedPostgres(Path.of(dir));
            System.out.printf(Locale.ROOT, "Killed the first JVM (SIGKILL, exit %d) with %,d rows committed; load %s%n",
                    child.exitValue(), committed, load());
            if (committed < 0) {
                System.out.println("PROBLEM the first JVM ended before it could be killed");
                return 1;
            }
            long t0 = System.nanoTime();
            Process second = child(common);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.startsWith("PROGRESS ")) {
                        System.out.println("  [second] " + line);
                    }
                }
            }
            int code = second.waitFor();
            System.out.printf(Locale.ROOT, "Second JVM ended (exit %d) %.1f s after it was started; load %s%n", code,
                    (System.nanoTime() - t0) / 1e9, load());
            return code;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The embedded PostgreSQL outlives a JVM killed with SIGKILL (nothing stops it) and holds the data directory,
     * so a new Hearth on it cannot start its own: it is stopped here, by the process id in its postmaster.pid
     * (SIGTERM, a "smart" shutdown: its clients died with the JVM). An external database would simply stay up.
     */
    static void stopOrphanedPostgres(Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        var postmaster = ProcessHandle.of(pid);
        if (postmaster.isPresent()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
            System.out.println("Stopped the orphaned embedded PostgreSQL (pid " + pid + ")");
        }
    }

    private static Process child(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportBench.class.getName(), "serve"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /**
     * The child of {@code kill}: Hearth on the data directory, taking up interrupted imports within seconds. With
     * {@code --file}, starts its import; prints {@code PROGRESS n} (rows committed) as it goes; once the job has
     * ended, checks it row by row and exits 0 if every row was imported or rejected exactly once.
     */
    static int serve(LoadBench.Options o) throws Exception {
        try (ConfigurableApplicationContext ctx = start(o.text("data-dir", ""), List.of(
                "--hearth.import.resume-after=3s", "--hearth.import.resume-check=1s",
                "--hearth.import.chunk-rows=" + o.integer("chunk", 100)))) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            String file = o.text("file", null);
            UUID id = file != null ? upload(ctx, Path.of(file))
                    : jdbc.sql("SELECT id FROM import_job ORDER BY created_at DESC LIMIT 1").query(UUID.class).single();
            System.out.println((file != null ? "STARTED " : "WATCHING ") + id);
            Job j;
            do {
                Thread.sleep(200);
                j = job(jdbc, id);
                System.out.println("PROGRESS " + j.read() + " " + j.status());
            } while (j.status().equals("RUNNING") || j.status().equals("QUEUED"));
            System.out.println("ENDED " + j);
            String tag = o.text("tag", null);
            if (tag == null) {
                tag = jdbc.sql("SELECT split_part(police_reference, '/', 2) FROM referral WHERE police_reference LIKE "
                        + "'BENCH/%' ORDER BY created_at DESC LIMIT 1").query(String.class).single();
            }
            return verify(jdbc, id, tag, o.integer("rows", 0)) ? 0 : 1;
        }
    }
}
