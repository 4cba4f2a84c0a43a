package org.hearth.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.HearthApplication;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Partnerships;
import org.hearth.people.MergeId;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges;
import org.hearth.support.Fixtures;
import org.hearth.support.PersonRows;
import org.hearth.support.WebSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Faults survived (issue 16, section 2): see BENCHMARKS.md ("Faults") and docs/operations.md.
 *
 * <pre>
 * merge-kill --data-dir NEW_DIR [--rounds 4]
 * db-stop    [--data-dir DIR] [--outage-s 30]
 * disk-full  [--mount /tmp/hearth-diskfull] [--size 1g]
 * </pre>
 * {@code merge-kill}: runs Hearth (demo data) in a child JVM that merges and unmerges demo persons one after another
 * as a hub coordinator, writing before each operation every row about the two persons ({@link PersonRows}, every
 * table with a foreign key to person) and, inside the operation's transaction just before it commits, every row as
 * it will be; the parent sends the child SIGKILL (odd rounds: the moment an operation's statements are done and its
 * transaction is still open; even rounds: at a random moment), starts a new child on the same data directory (which
 * stops the orphaned PostgreSQL itself) and that child compares the rows now with both: equal to the one or the
 * other, or the harness fails. {@code db-stop}: Hearth in this JVM, a signed-in user requesting a page and an API
 * call every 250 ms; the embedded PostgreSQL is stopped (fast shutdown) for 30 s and started again; counts the
 * answers per phase, looks for stack traces, checks the session goes on and the background jobs catch up.
 * {@code disk-full}: the data directory on a small tmpfs (root needed), the volume filled, then writes and reads.
 */
public final class FaultsBench {

    private FaultsBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "" : args[0];
        LoadBench.Options o = LoadBench.Options.parse(args, 1);
        int code = switch (mode) {
            case "merge-kill" -> mergeKill(o);
            case "merge-child" -> mergeChild(o);
            case "db-stop" -> dbStop(o);
            case "disk-full" -> diskFull(o);
            default -> throw new IllegalArgumentException("merge-kill, db-stop or disk-full");
        };
        System.exit(code);
    }

    static ConfigurableApplicationContext start(String dataDir, boolean demo) {
        return new SpringApplicationBuilder(HearthApplication.class).run("--server.port=0",
                "--hearth.demo.enabled=" + demo, "--hearth.embedded-db.data-dir=" + dataDir,
                "--logging.level.root=WARN", "--logging.level.org.hearth.platform=INFO");
    }

    static StaffUser actAsHub(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
        StaffUser u = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR).user();
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true, false,
                true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        return u;
    }

    // ---- kill -9 during merges and unmerges

    static int mergeKill(LoadBench.Options o) throws Exception {
        String dir = o.text("data-dir", null);
        if (dir == null || (Files.exists(Path.of(dir)) && Files.list(Path.of(dir)).findAny().isPresent())) {
            throw new IllegalArgumentException("--data-dir must name a new or empty directory");
        }
        int rounds = o.integer("rounds", 4);
        Random random = new Random();
        List<String> results = new ArrayList<>();
        for (int round = 1; round <= rounds + 1; round++) {
            boolean last = round == rounds + 1;
            List<String> args = new ArrayList<>(List.of("--data-dir", dir));
            if (last) {
                args.add("--check-only");
            }
            Process child = child(args);
            boolean atCommit = round % 2 == 1;
            long[] killAt = {Long.MAX_VALUE};
            String killedDuring = null;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("CHECK ")) {
                        results.add(line);
                    }
                    if (!line.startsWith("DONE ") && !line.startsWith("INTX ")) {
                        System.out.println("  [" + round + "] " + line);
                    }
                    if (last) {
                        continue;
                    }
                    if (line.startsWith("LOOP") && !atCommit) {
                        killAt[0] = System.currentTimeMillis() + 500 + random.nextInt(3500);
                    }
                    if (line.startsWith("INTX ") && (atCommit ? Integer.parseInt(line.split(" ")[1]) >= 2
                            : System.currentTimeMillis() >= killAt[0])) {
                        killedDuring = line.substring(5);
                        child.destroyForcibly(); // SIGKILL
                        break;
                    }
                    if (line.startsWith("DONE ") && System.currentTimeMillis() >= killAt[0]) {
                        killedDuring = "after " + line.substring(5) + " (between operations)";
                        child.destroyForcibly();
                        break;
                    }
                }
            }
            int exit = child.waitFor();
            if (!last) {
                System.out.printf(Locale.ROOT, "Round %d: SIGKILL %s during operation %s; load %s%n", round,
                        atCommit ? "with the transaction open" : "at a random moment", killedDuring, ImportBench.load());
                if (killedDuring == null) {
                    System.out.println("PROBLEM the child ended before it was killed (exit " + exit + ")");
                    return 1;
                }
            }
        }
        System.out.println("Results after each restart:");
        results.forEach(r -> System.out.println("  " + r));
        boolean ok = results.size() == rounds && results.stream().noneMatch(r -> r.contains("NEITHER"));
        System.out.println(ok ? "OK every row of the persons was all before or all after" : "PROBLEM see above");
        return ok ? 0 : 1;
    }

    private static Process child(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FaultsBench.class.getName(), "merge-child"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static int mergeChild(LoadBench.Options o) throws Exception {
        String dir = o.text("data-dir", null);
        Path state = Path.of(dir).toAbsolutePath().getParent().resolve(Path.of(dir).getFileName() + "-merge-kill");
        Files.createDirectories(state);
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = start(dir, true)) {
            System.out.printf(Locale.ROOT, "STARTED in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            int code = 0;
            if (Files.exists(state.resolve("op"))) {
                code = check(jdbc, state);
            }
            if (o.values().containsKey("check-only")) {
                return code;
            }
            actAsHub(ctx);
            PersonMerges merges = ctx.getBean(PersonMerges.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            List<UUID> victims = jdbc.sql("""
                    SELECT r.victim_id FROM referral r JOIN person p ON p.id = r.victim_id AND p.merged_into IS NULL
                    GROUP BY r.victim_id ORDER BY count(*) DESC, r.victim_id LIMIT 300""").query(UUID.class).list();
            Random random = new Random();
            MergeId open = null;
            UUID[] openPair = null;
            System.out.println("LOOP over " + victims.size() + " persons");
            for (int i = 0; ; i++) {
                boolean unmerge = open != null && random.nextInt(3) > 0;
                UUID[] pair;
                if (unmerge) {
                    pair = openPair;
                } else {
                    pair = new UUID[] {victims.get(random.nextInt(victims.size())), victims.get(random.nextInt(victims.size()))};
                    if (pair[0].equals(pair[1]) || jdbc.sql("SELECT count(*) FROM person WHERE id IN (?, ?) AND merged_into IS NULL")
                            .params(pair[0], pair[1]).query(Integer.class).single() != 2) {
                        continue;
                    }
                }
                Map<String, List<String>> before = PersonRows.snapshot(jdbc, List.of(pair));
                Files.deleteIfExists(state.resolve("after"));
                write(state.resolve("before"), before);
                String kind = (unmerge ? "unmerge " + open : "merge") + " " + pair[1] + " into " + pair[0];
                Files.writeString(state.resolve("op"), kind + "\n" + pair[0] + "\n" + pair[1] + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
                final int n = i;
                final MergeId undo = open;
                try {
                    MergeId made = tx.execute(status -> {
                        MergeId m = null;
                        if (undo != null && unmerge) {
                            merges.unmerge(undo, "bench: kill -9 harness");
                        } else {
                            m = merges.merge(new PersonId(pair[0]), new PersonId(pair[1]), "bench: kill -9 harness",
                                    false, null);
                        }
                        System.out.println("INTX " + n + " " + kind);
                        try {
                            write(state.resolve("after"), PersonRows.snapshot(jdbc, List.of(pair)));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return m;
                    });
                    if (unmerge) {
                        open = null;
                        openPair = null;
                    } else {
                        open = made;
                        openPair = pair;
                    }
                    System.out.println("DONE " + n + " " + kind);
                } catch (RuntimeException refused) {
                    System.out.println("REFUSED " + n + " " + kind + ": " + refused.getMessage());
                }
            }
        }
    }

    /** After a restart: the rows about the persons of the operation that was under way are all before or after. */
    static int check(JdbcClient jdbc, Path state) throws IOException {
        List<String> op = Files.readAllLines(state.resolve("op"));
        List<UUID> ids = List.of(UUID.fromString(op.get(1)), UUID.fromString(op.get(2)));
        Map<String, List<String>> now = PersonRows.snapshot(jdbc, ids);
        Map<String, List<String>> before = read(state.resolve("before"));
        Map<String, List<String>> after = Files.exists(state.resolve("after")) ? read(state.resolve("after")) : null;
        String verdict;
        if (now.equals(before)) {
            verdict = "BEFORE (rolled back)";
        } else if (now.equals(after)) {
            verdict = "AFTER (committed)";
        } else {
            verdict = "NEITHER: differs from before in " + PersonRows.differences(now, before)
                    + (after == null ? "" : ", from after in " + PersonRows.differences(now, after));
        }
        System.out.printf(Locale.ROOT, "CHECK %s: %d rows in %d tables; %s%n", op.get(0), PersonRows.count(now),
                now.size(), verdict);
        for (String f : List.of("op", "before", "after")) {
            Files.deleteIfExists(state.resolve(f));
        }
        return verdict.startsWith("NEITHER") ? 1 : 0;
    }

    private static void write(Path file, Map<String, List<String>> rows) throws IOException {
        StringBuilder s = new StringBuilder();
        rows.forEach((table, list) -> list.forEach(row -> s.append(table).append('\t').append(row).append('\n')));
        rows.keySet().forEach(table -> s.append(table).append('\n'));
        Files.writeString(file, s, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
    }

    private static Map<String, List<String>> read(Path file) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                out.computeIfAbsent(line, t -> new ArrayList<>());
            } else {
                out.computeIfAbsent(line.substring(0, tab), t -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        }
        return out;
    }

    // ---- PostgreSQL stopped for 30 s

    record Answer(long at, String phase, String path, int status, long ms, String retryAfter, boolean trace) {
    }

    static int dbStop(LoadBench.Options o) throws Exception {
        Path dir = Path.of(o.text("data-dir", Files.createTempDirectory("hearth-db-stop-").resolve("pgdata").toString()))
                .toAbsolutePath();
        int outage = o.integer("outage-s", 30);
        try (ConfigurableApplicationContext ctx = start(dir.toString(), false)) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
            Fixtures.TestUser hub = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR);
            WebSession web = new WebSession(port);
            web.signIn(hub);
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            String[] phase = {"before"};
            AtomicBoolean running = new AtomicBoolean(true);
            long t0 = System.currentTimeMillis();
            Thread user = new Thread(() -> {
                String[] paths = {"/account", "/api/people/possible-duplicates?size=5"};
                for (int i = 0; running.get(); i++) {
                    String path = paths[i % 2];
                    long s = System.nanoTime();
                    int status;
                    String retry = null;
                    boolean trace = false;
                    try {
                        WebSession.Page p = web.get(path);
                        status = p.status();
                        retry = p.header("Retry-After");
                        trace = p.body().contains("Exception") || p.body().contains("\tat org.")
                                || p.body().contains("at org.hearth");
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    answers.add(new Answer(System.currentTimeMillis() - t0, phase[0], path, status,
                            (System.nanoTime() - s) / 1_000_000, retry, trace));
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            StaffUser u = actAsHub(ctx); // before the outage: it writes
            user.start();
            Thread.sleep(10_000);
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
            List<String> opts = postmasterOptions(dir);
            phase[0] = "outage";
            long stopAt = System.currentTimeMillis() - t0;
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(); // fast shutdown
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            System.out.printf(Locale.ROOT, "PostgreSQL (pid %d) stopped at %.1f s; load %s%n", pid, stopAt / 1e3,
                    ImportBench.load());
            // background work asked for while the database is away
            String duplicatesWhileAway;
            try {
                duplicatesWhileAway = "started " + ctx.getBean(PersonMerges.class).findDuplicates();
            } catch (RuntimeException e) {
                duplicatesWhileAway = "refused (" + e.getClass().getSimpleName() + ")";
            }
            Thread.sleep(outage * 1000L);
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U")); // as zonky starts it: postgres refuses to run as root
            }
            command.addAll(opts);
            Process postgres = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.getParent().resolve("postgres-restarted.log").toFile()).start();
            long startAt = System.currentTimeMillis() - t0;
            phase[0] = "after";
            System.out.printf(Locale.ROOT, "PostgreSQL started again (pid %d) at %.1f s%n", postgres.pid(), startAt / 1e3);
            Thread.sleep(30_000);
            running.set(false);
            user.join();
            // the session goes on: the same signed-in user, no new sign-in
            WebSession.Page account = web.get("/account");
            boolean sameSession = account.status() == 200 && account.body().contains(hub.user().displayName());
            // background jobs: the audit appender has chained everything; a duplicate search runs to its end
            long pending = -1;
            for (int i = 0; i < 60 && pending != 0; i++) {
                pending = jdbc.sql("SELECT count(*) FROM audit_pending").query(Long.class).single();
                Thread.sleep(500);
            }
            PersonMerges merges = ctx.getBean(PersonMerges.class);
            boolean started = merges.findDuplicates();
            String run = "none";
            for (int i = 0; i < 240; i++) {
                var last = merges.lastRun();
                if (last.isPresent() && last.get().finishedAt() != null) {
                    run = last.get().status();
                    break;
                }
                Thread.sleep(500);
            }
            SecurityContextHolder.clearContext();
            long firstOk = answers.stream().filter(a -> a.phase().equals("after") && a.status() == 200)
                    .mapToLong(Answer::at).min().orElse(-1);
            System.out.println("phase   path                                        answers by status   max ms  Retry-After on 503");
            for (String ph : List.of("before", "outage", "after")) {
                for (String path : List.of("/account", "/api/people/possible-duplicates?size=5")) {
                    var list = answers.stream().filter(a -> a.phase().equals(ph) && a.path().equals(path)).toList();
                    Map<Integer, Long> by = new TreeMap<>();
                    list.forEach(a -> by.merge(a.status(), 1L, Long::sum));
                    System.out.printf(Locale.ROOT, "%-7s %-43s %-19s %6d  %s%n", ph, path, by,
                            list.stream().mapToLong(Answer::ms).max().orElse(0),
                            list.stream().filter(a -> a.status() == 503).allMatch(a -> "30".equals(a.retryAfter())));
                }
            }
            long traces = answers.stream().filter(Answer::trace).count();
            long others = answers.stream().filter(a -> a.status() != 200 && a.status() != 503).count();
            System.out.printf(Locale.ROOT, "first 200 after the restart: %.1f s after PostgreSQL was started%n",
                    (firstOk - startAt) / 1e3);
            System.out.printf(Locale.ROOT, "stack traces shown: %d; answers neither 200 nor 503: %d; same session after: "
                    + "%s; audit entries left unchained: %d; duplicate search asked while away: %s; after: started %s, "
                    + "ended %s; load %s; user %s%n", traces, others, sameSession, pending, duplicatesWhileAway, started,
                    run, ImportBench.load(), u.id());
            postgres.pid();
            boolean ok = traces == 0 && others == 0 && sameSession && pending == 0 && firstOk > 0
                    && "DONE".equals(run); // person_duplicate_run.status: RUNNING, DONE or FAILED
            System.out.println(ok ? "OK" : "PROBLEM see above");
            return ok ? 0 : 1;
        }
    }

    /** The postmaster's own command line, as it keeps it in {@code postmaster.opts} (arguments quoted). */
    static List<String> postmasterOptions(Path dir) throws IOException {
        String line = Files.readString(dir.resolve("postmaster.opts")).trim();
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    // ---- the disk full

    static int diskFull(LoadBench.Options o) throws Exception {
        Path mount = Path.of(o.text("mount", "/tmp/hearth-diskfull"));
        Files.createDirectories(mount);
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + o.text("size", "1g"), "tmpfs",
                mount.toString()).inheritIO().start();
        if (m.waitFor() != 0) {
            System.out.println("NOT PROVEN: could not mount a small file system (root needed)");
            return 2;
        }
        try {
            Path dir = mount.resolve("pgdata");
            try (ConfigurableApplicationContext ctx = start(dir.toString(), false)) {
                int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
                JdbcClient jdbc = ctx.getBean(JdbcClient.class);
                Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
                Fixtures.TestUser hub = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR);
                WebSession web = new WebSession(port);
                web.signIn(hub);
                TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
                UUID by = hub.user().id().value();
                // fill the volume
                Path filler = mount.resolve("filler");
                byte[] block = new byte[1 << 20];
                long filled = 0;
                try (var out = Files.newOutputStream(filler)) {
                    while (true) {
                        out.write(block);
                        filled += block.length;
                    }
                } catch (IOException full) {
                    System.out.printf(Locale.ROOT, "Volume full after a %,d MB filler (%s)%n", filled >> 20,
                            full.getMessage());
                }
                // writes: batches of 200 persons in one transaction each, until one fails
                String failure = null;
                int batches = 0;
                String failedTag = null;
                for (int b = 0; b < 10_000 && failure == null; b++) {
                    String tag = "Full" + b + "x" + System.nanoTime();
                    try {
                        tx.executeWithoutResult(s -> {
                            for (int i = 0; i < 200; i++) {
                                jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                                        .params(UUID.randomUUID(), "Disk" + "x".repeat(500), tag, by).update();
                            }
                        });
                        batches++;
                    } catch (RuntimeException e) {
                        Throwable root = e;
                        while (root.getCause() != null) {
                            root = root.getCause();
                        }
                        failure = root instanceof java.sql.SQLException sql ? sql.getSQLState() + " " + sql.getMessage()
                                : root.toString();
                        failedTag = tag;
                    }
                }
                System.out.println("Writes: " + batches + " batches of 200 committed, then: " + failure);
                long halfWritten = failedTag == null ? 0 : jdbc.sql("SELECT count(*) FROM person WHERE family_name = ?")
                        .param(failedTag).query(Long.class).single();
                System.out.println("Rows of the failed batch found: " + halfWritten + " (0: nothing half-written)");
                long read = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
                System.out.println("A read while full: " + read + " persons");
                WebSession.Page page = web.get("/account");
                WebSession.Page api = web.get("/api/people/possible-duplicates?size=5");
                System.out.println("Page while full: " + page.status() + "; API: " + api.status() + " "
                        + api.header("Content-Type") + "; stack trace shown: "
                        + (page.body().contains("Exception") || api.body().contains("Exception")));
                Files.delete(filler);
                Thread.sleep(2_000);
                String after;
                try {
                    jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'After', 'Full', ?)")
                            .params(UUID.randomUUID(), by).update();
                    after = "works";
                } catch (RuntimeException e) {
                    after = "fails: " + e.getMessage();
                }
                System.out.println("A write once space is freed: " + after + "; page: " + web.get("/account").status()
                        + "; load " + ImportBench.load());
                return halfWritten == 0 && after.equals("works") ? 0 : 1;
            }
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
        }
    }
}
