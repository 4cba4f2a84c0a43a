package org.hearth.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.hearth.HearthApplication;
import org.hearth.access.Role;
import org.hearth.insights.internal.Rollups;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.access.StaffUsers;
import org.hearth.support.Fixtures;
import org.hearth.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hearth under staff load (see BENCHMARKS.md, "Pages under load"). Starts Hearth in this JVM on the embedded database
 * (the synthetic demo, or a data directory made by {@code generate}), creates its own staff users with a second
 * factor enrolled (so no sign-in is throttled and nothing is switched off), signs each in as a person does (password,
 * then the TOTP code), and lets them walk the pages for a while: each virtual user waits an exponentially
 * distributed think time (mean 1 s) between requests, and either follows a link of the page it is on or goes back to
 * one of its role's starting points (home, search, referrals, triage, directory, strategy, insights). Only the HTTP
 * exchange is timed (HdrHistogram, per page template); pages are parsed for links outside the timed part.
 *
 * <pre>
 * run      [--users 50] [--think-ms 1000] [--warmup-s 60] [--measure-s 180] [--settle-s 0] [--data-dir DIR]
 *          [--only /insights] [--role HUB_COORDINATOR] [--cold 5] [--churn-s 0] [--wait-index-s 0]
 * </pre>
 * {@code --role R}: only the virtual users of that role (with {@code --only /}: the hub's or the coordinator's My work).
 * {@code --only A,B}: each page measured in turn in one process. {@code --wait-index-s S}: before measuring, wait up
 * to S seconds for the person index to be built.
 * {@code --only PATH}: every request is PATH, by the roles whose starting points include it ({@code /retention}: the
 * partnership coordinators); {@code /search?q=} gets a
 * surname (some misspelt) each time, and {@code /people/{id}} a person drawn from the referrals, asked by hub
 * coordinators.
 * {@code --cold N}: before the run, time N computations of the dashboard's figures with no computed report to reuse;
 * {@code --churn-s S}: during the run, mark the read models changed every S seconds (as new referrals would), so the
 * dashboard computes its figures afresh that often.
 * <pre>
 * generate --data-dir DIR [--incidents 1000000] [--years 10] [--seed 2026] [--repeat 0.45] [--perpetrators 0.7]
 *          [--names uk|few] [--triggers off|on] [--check-read-models true|false]
 * </pre>
 * A register is DIR and three files Hearth keeps beside it: {@code secret-key}, {@code db-passwords} and
 * {@code audit-checkpoints} (the signed checkpoints of its audit chain). So DIR must be in a folder no other register
 * uses, and a copy takes all four ({@code cp -a DIR DIR/../secret-key DIR/../db-passwords DIR/../audit-checkpoints
 * DEST/}): a copy without the checkpoints starts with the "tell the data protection officer" error.
 * {@code --repeat}: the share of referrals naming a victim referred before; {@code --perpetrators}: the share naming a
 * perpetrator; {@code --names few}: the first version's 24 forenames and 30 surnames and no addresses (its blocks of a
 * thousand namesakes made the person index run out of memory at 713,000 people). The load runs with the database's
 * row triggers off and fills their read models once after it ({@code --triggers on}: fired for every row, the old way,
 * which stalled at a million incidents); {@code --check-read-models} (by default up to 50,000 incidents) then checks
 * the filled read models against the triggers' ({@link GeneratedReadModels#check}).
 */
public final class LoadBench {

    private static final Pattern ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)\\d+(?=/|$)");
    private static final Set<String> SKIP = Set.of("logout", "sign-out", "/login", ".pdf", ".xlsx", ".csv", "/api",
            "break-glass", "cover-your-tracks", "/new", "/edit", "unpublish", "/adopt", "/denied", "api-docs",
            "swagger", "/account", "/import");
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Khan",
        "Patel", "Hall", "Wood", "Clarke", "Smyth", "Jonse", "Tailor", "Hussain", "Nowak", "Cooper"};

    record Options(Map<String, String> values) {
        static Options parse(String[] args, int from) {
            Map<String, String> v = new HashMap<>();
            for (int i = from; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    v.put(args[i].substring(2), i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
                }
            }
            return new Options(v);
        }

        int integer(String name, int otherwise) {
            return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : otherwise;
        }

        String text(String name, String otherwise) {
            return values.getOrDefault(name, otherwise);
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "run" : args[0];
        Options o = Options.parse(args, 1);
        switch (mode) {
            case "generate" -> generate(o);
            case "run" -> run(o);
            default -> throw new IllegalArgumentException("run or generate");
        }
        System.exit(0);
    }

    static ConfigurableApplicationContext start(String dataDir) {
        // command-line arguments: they take precedence over application.yml (default properties would not)
        return new SpringApplicationBuilder(HearthApplication.class).run("--server.port=0",
                "--hearth.demo.enabled=true", "--hearth.embedded-db.data-dir=" + dataDir,
                "--logging.level.root=WARN",
                "--logging.level.org.hearth.insights=INFO", "--logging.level.org.hearth.setup=INFO",
                "--logging.level.org.hearth.people.internal.EngineMatcher=INFO");
    }

    static void generate(Options o) throws Exception {
        String dir = o.text("data-dir", null);
        if (dir == null || (Files.exists(Path.of(dir)) && Files.list(Path.of(dir)).findAny().isPresent())) {
            throw new IllegalArgumentException("--data-dir must name a new or empty directory");
        }
        // Hearth keeps the audit checkpoints beside the data directory, one file a folder: a second register
        // there would append its checkpoints to the first's, and each would then start with the "tell the data
        // protection officer" error and fail the audit check
        Path checkpoints = Path.of(dir).toAbsolutePath().getParent().resolve("audit-checkpoints");
        if (Files.exists(checkpoints)) {
            throw new IllegalArgumentException("--data-dir must be in a folder of its own: " + checkpoints
                    + " belongs to another register already");
        }
        try (ConfigurableApplicationContext ctx = start(dir)) {
            Partnerships partnerships = ctx.getBean(Partnerships.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            List<Agency> agencies = partnerships.agencies();
            UUID police = agencies.stream().filter(a -> a.sector() == Sector.POLICE).findFirst().orElseThrow().id().value();
            List<UUID> partners = agencies.stream().filter(a -> a.sector() != Sector.POLICE).map(a -> a.id().value()).toList();
            List<UUID> areas = partnerships.areas().stream().map(a -> a.id().value()).toList();
            UUID staff = jdbc.sql("SELECT id FROM staff_user ORDER BY username LIMIT 1").query(UUID.class).single();
            UUID questionnaire = jdbc.sql("SELECT id FROM risk_questionnaire WHERE code = 'SAFELIVES_RIC' AND version = 1")
                    .query(UUID.class).single();
            int incidents = o.integer("incidents", 1_000_000);
            int years = o.integer("years", 10);
            boolean triggers = o.text("triggers", "off").equals("on");
            // by default, a small register is checked: the read models filled after the load are the triggers'
            boolean check = Boolean.parseBoolean(o.text("check-read-models", String.valueOf(incidents <= 50_000)));
            long t0 = System.nanoTime();
            IncidentGenerator.Totals totals;
            long loaded;
            try (Connection superuser = RegisterSuperuser.connect(jdbc, dir)) {
                totals = new IncidentGenerator(o.integer("seed", 2026), o.text("names", "uk").equals("few"),
                        Double.parseDouble(o.text("repeat", "0.45")), Double.parseDouble(o.text("perpetrators", "0.7")),
                        triggers).load(superuser, incidents, years, LocalDate.now(), police, partners, areas, staff,
                        questionnaire);
                loaded = System.nanoTime();
                if (check) {
                    System.out.println(GeneratedReadModels.check(superuser));
                }
            }
            long checked = System.nanoTime();
            ctx.getBean(Rollups.class).rebuild();
            long rebuilt = System.nanoTime();
            System.out.printf(Locale.ROOT, "Generated %,d referrals (%,d police incidents over %d years), %,d people "
                    + "(%,d perpetrators, %,d times a perpetrator named with another victim), %,d children present, "
                    + "%,d assessments graded high, with COPY in %.1f s (triggers %s); insights read models rebuilt in "
                    + "%.1f s; database %s%n",
                    totals.referrals(), incidents, years, totals.persons(), totals.perpetrators(), totals.serial(),
                    totals.children(), totals.highRisk(), (loaded - t0) / 1e9, triggers ? "on" : "off",
                    (rebuilt - checked) / 1e9,
                    jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
            // each person is dated by their first referral: spread over the years, not the day of the load
            System.out.println(jdbc.sql("""
                    WITH bench AS (SELECT id FROM referral WHERE reference LIKE 'BENCH-%'),
                    named AS (SELECT victim_id AS id FROM referral WHERE id IN (SELECT id FROM bench)
                        UNION SELECT person_id FROM referral_perpetrator WHERE referral_id IN (SELECT id FROM bench)
                        UNION SELECT person_id FROM referral_child WHERE referral_id IN (SELECT id FROM bench))
                    SELECT format('The generated people made from %s to %s, half of them by %s; their last '
                        || 'involvement from %s to %s', min(p.created_at)::date, max(p.created_at)::date,
                        (percentile_disc(0.5) WITHIN GROUP (ORDER BY p.created_at))::date,
                        min(i.last_on), max(i.last_on))
                    FROM person p JOIN person_involvement i ON i.person_id = p.id
                    WHERE p.id IN (SELECT id FROM named)""").query(String.class).single());
        }
    }

    /** A virtual user's role and where it may start a walk. */
    record Profile(String agency, Role role, List<String> starts) {
    }

    static List<Profile> profiles() {
        List<String> practitioner = List.of("/", "/search?q=", "/referrals", "/directory");
        List<String> hub = List.of("/", "/search?q=", "/referrals", "/triage", "/directory", "/insights");
        List<String> analyst = List.of("/", "/insights", "/directory", "/strategy/plans");
        List<String> coordinator = List.of("/", "/insights", "/strategy/plans", "/directory");
        List<Profile> p = new ArrayList<>();
        // the demo accounts' mix, scaled to 50: practitioners and agency representatives most, then the hub
        for (int i = 0; i < 50; i++) {
            p.add(switch (i % 10) {
                case 0, 1, 2 -> new Profile(i % 2 == 0 ? "Northfield IDVA Service" : "Northfield Children's Social Care",
                        Role.PRACTITIONER, practitioner);
                case 3, 4 -> new Profile("Northfield Police", Role.AGENCY_REPRESENTATIVE, practitioner);
                case 5, 6 -> new Profile(i % 2 == 0 ? "Northfield Police" : "Northfield Community Safety Team",
                        Role.HUB_COORDINATOR, hub);
                case 7 -> new Profile("Northfield Community Safety Team", Role.ANALYST, analyst);
                case 8 -> new Profile("Northfield Community Safety Team", Role.PARTNERSHIP_COORDINATOR, coordinator);
                default -> new Profile("Northfield Community Safety Team", Role.SYSTEM_ADMIN, coordinator);
            });
        }
        return p;
    }

    static String template(String path) {
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        return ID.matcher(p).replaceAll("{id}");
    }

    static final class Stats {
        final Map<String, Recorder> pages = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        volatile boolean measuring;

        void record(String page, long nanos, int status) {
            if (!measuring) {
                return;
            }
            if (status >= 400) {
                errors.computeIfAbsent(page + " " + status, k -> new AtomicLong()).incrementAndGet();
                return;
            }
            pages.computeIfAbsent(page, k -> new Recorder(3)).recordValue(Math.max(1, nanos / 1000));
        }
    }

    static void run(Options o) throws Exception {
        int users = o.integer("users", 50);
        int thinkMs = o.integer("think-ms", 1000);
        int warmup = o.integer("warmup-s", 60);
        int measure = o.integer("measure-s", 180);
        String pages = o.text("only", null);
        ConfigurableApplicationContext ctx = start(o.text("data-dir", ""));
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long referrals = jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single();
        Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
        int settle = o.integer("settle-s", 0);
        if (settle > 0) {
            System.out.printf("Settling for %d s (the person index builds in the background)%n", settle);
            Thread.sleep(settle * 1000L);
        }
        waitForIndex(ctx, o.integer("wait-index-s", 0));
        System.gc();
        System.out.printf(Locale.ROOT, "Heap used after a full collection: %,d MB of %,d MB (the person index, the "
                + "caches and the application)%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory())
                >> 20, Runtime.getRuntime().maxMemory() >> 20);
        coldReports(ctx, jdbc, o.integer("cold", 5));
        int churn = o.integer("churn-s", 0);
        if (churn > 0) {
            // as if the read models changed (a referral received, a decision, an assessment) every `churn` seconds
            Thread churner = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(churn * 1000L);
                    } catch (InterruptedException e) {
                        return;
                    }
                    jdbc.sql("UPDATE insights_rollup_state SET version = version + 1").update();
                }
            }, "churn");
            churner.setDaemon(true);
            churner.start();
        }
        // --only /search?q=,/triage: each page measured in turn, in this one process (the person index built once)
        for (String only : pages == null ? java.util.Collections.<String>singletonList(null) : List.of(pages.split(","))) {
            measure(port, jdbc, fixtures, only, o.text("role", null), users, thinkMs, warmup, measure, referrals);
        }
        ctx.close();
    }

    /**
     * Waits up to {@code seconds} for the person index to be built (the first matcher answers until then), so that
     * what is measured is the index, not the build beside it. Reads the matcher's state reflectively: bench code only.
     */
    static void waitForIndex(ConfigurableApplicationContext ctx, int seconds) throws Exception {
        if (seconds <= 0) {
            return;
        }
        Class<?> type = Class.forName("org.hearth.people.internal.EngineMatcher");
        Object matcher = ctx.getBean(type);
        java.lang.reflect.Method ready = type.getDeclaredMethod("ready");
        ready.setAccessible(true);
        long t0 = System.nanoTime();
        long until = t0 + seconds * 1_000_000_000L;
        while (!(Boolean) ready.invoke(matcher) && System.nanoTime() < until) {
            Thread.sleep(2_000);
        }
        System.out.printf(Locale.ROOT, "Person index %s after waiting %.0f s%n",
                (Boolean) ready.invoke(matcher) ? "ready" : "NOT ready", (System.nanoTime() - t0) / 1e9);
    }

    private static void measure(int port, JdbcClient jdbc, Fixtures fixtures, String only, String role, int users,
            int thinkMs, int warmup, int measure, long referrals) throws Exception {
        String load0 = Files.readString(Path.of("/proc/loadavg")).trim();
        // with --only, only the roles that may open that page; a person's page (--only /people/{id}): hub
        // coordinators (the standing ground to every record), each request a person drawn from the referrals
        boolean personPages = only != null && only.contains("{id}");
        List<Profile> profiles = profiles().stream().filter(p -> only == null
                || (personPages ? p.role() == Role.HUB_COORDINATOR : p.starts().contains(only))
                // the retention review is no walk's start (a monthly task), but is measured alone by coordinators
                || (only.equals("/retention") && p.role() == Role.PARTNERSHIP_COORDINATOR))
                .filter(p -> role == null || p.role() == Role.valueOf(role)).toList();
        List<String> personIds = personPages ? jdbc.sql("""
                SELECT DISTINCT victim_id::text FROM referral TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 20000""")
                .query(String.class).list() : List.of();
        List<Fixtures.TestUser> accounts = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Profile p = profiles.get(i % profiles.size());
            accounts.add(fixtures.enrolledUserAt(p.agency(), p.role()));
        }
        System.out.printf(Locale.ROOT, "Hearth on port %d with %,d referrals; %d users, think time %d ms, warm-up %d s, "
                + "measured %d s%n", port, referrals, users, thinkMs, warmup, measure);
        Stats stats = new Stats();
        long end = System.nanoTime() + Duration.ofSeconds(warmup + measure).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        AtomicLong signInFailures = new AtomicLong();
        for (int i = 0; i < users; i++) {
            Profile p = profiles.get(i % profiles.size());
            Fixtures.TestUser account = accounts.get(i);
            int delay = (int) ((long) i * Math.min(warmup, 20) * 1000 / users);
            Thread vu = new Thread(() -> {
                try {
                    Thread.sleep(delay);
                    walk(port, account, p, only, personIds, thinkMs, end, stats, signInFailures);
                } catch (Exception e) {
                    System.err.println("virtual user stopped: " + e);
                } finally {
                    done.countDown();
                }
            }, "vu-" + i);
            vu.setDaemon(true);
            vu.start();
        }
        Thread.sleep(warmup * 1000L);
        double cpu0 = cpuSeconds();
        stats.measuring = true;
        long measuredFrom = System.nanoTime();
        done.await();
        stats.measuring = false;
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        double cpu = cpuSeconds() - cpu0;
        String load1 = Files.readString(Path.of("/proc/loadavg")).trim();
        if (only != null) {
            System.out.println("Page " + only + ":");
        }
        report(stats, seconds, cpu, load0, load1, users, thinkMs, referrals, signInFailures.get());
    }

    /**
     * The dashboard's figures computed afresh: 12 months for the whole partnership, {@code n} times, each ending a day
     * earlier than the last (the first ends today, the default period), so no computed report, fresh or within the
     * staleness bound, is reused.
     */
    static void coldReports(ConfigurableApplicationContext ctx, JdbcClient jdbc, int n) {
        org.hearth.insights.Indicators indicators = ctx.getBean(org.hearth.insights.Indicators.class);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate to = indicators.today().minusDays(i);
            LocalDate from = to.minusMonths(12).plusDays(1);
            long t0 = System.nanoTime();
            indicators.report(from, to, null);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "Indicators computed afresh (12 months, whole partnership), ms: %s%n",
                ms.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }

    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    static void walk(int port, Fixtures.TestUser account, Profile p, String only, List<String> personIds, int thinkMs,
            long end, Stats stats, AtomicLong signInFailures) throws Exception {
        WebSession session = new WebSession(port);
        WebSession.Page home = session.signIn(account);
        if (home.status() != 200 || session.sessionCookie() == null) {
            signInFailures.incrementAndGet();
            return;
        }
        String cookie = "HEARTH_SESSION=" + session.sessionCookie();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> links = List.of();
        while (System.nanoTime() < end) {
            Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * thinkMs));
            if (System.nanoTime() >= end) {
                break;
            }
            String path;
            if (only != null) {
                path = only;
                if (path.endsWith("?q=")) {
                    path += SURNAMES[random.nextInt(SURNAMES.length)];
                } else if (path.contains("{id}")) {
                    path = path.replace("{id}", personIds.get(random.nextInt(personIds.size())));
                }
            } else if (links.isEmpty() || random.nextDouble() < 0.3) {
                path = p.starts().get(random.nextInt(p.starts().size()));
                if (path.endsWith("?q=")) {
                    path += SURNAMES[random.nextInt(SURNAMES.length)];
                }
            } else {
                path = links.get(random.nextInt(links.size()));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(60)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                stats.record(template(path), 0, 599);
                links = List.of();
                continue;
            }
            long t = System.nanoTime() - t0;
            stats.record(template(path), t, response.statusCode());
            links = response.statusCode() == 200 ? links(response.body()) : List.of();
        }
    }

    static List<String> links(String html) {
        List<String> found = new ArrayList<>();
        for (Element a : Jsoup.parse(html).select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("/") || href.startsWith("//") || href.contains("#")) {
                continue;
            }
            if (SKIP.stream().noneMatch(href::contains)) {
                found.add(href);
            }
        }
        return found;
    }

    static void report(Stats stats, double seconds, double cpu, String load0, String load1, int users, int thinkMs,
            long referrals, long signInFailures) {
        Map<String, Histogram> byPage = new TreeMap<>();
        stats.pages.forEach((page, r) -> byPage.put(page, r.getIntervalHistogram()));
        long requests = byPage.values().stream().mapToLong(Histogram::getTotalCount).sum();
        System.out.printf(Locale.ROOT, "%nMeasured %.0f s: %,d requests (%.1f a second), process CPU %.0f s (%.1f ms a "
                + "request, whatever the load); load average %s -> %s; sign-in failures %d; heap used %,d MB of %,d MB%n",
                seconds, requests, requests / seconds, cpu, requests == 0 ? 0 : cpu * 1000 / requests, load0, load1,
                signInFailures, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-44s %8s %8s %8s %8s %8s  %s%n", "page", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "target");
        StringBuilder json = new StringBuilder("{\"users\":" + users + ",\"think_ms\":" + thinkMs + ",\"referrals\":"
                + referrals + ",\"requests\":" + requests + ",\"cpu_ms_per_request\":"
                + String.format(Locale.ROOT, "%.1f", requests == 0 ? 0 : cpu * 1000 / requests)
                + ",\"load_average\":\"" + load1 + "\",\"pages\":{");
        boolean allMet = true;
        for (var e : byPage.entrySet()) {
            Histogram h = e.getValue();
            double p95 = h.getValueAtPercentile(95) / 1000.0;
            double target = e.getKey().equals("/insights") ? 500 : 150;
            boolean met = p95 < target;
            allMet &= met || h.getTotalCount() < 20;
            System.out.printf(Locale.ROOT, "%-44s %8d %8.1f %8.1f %8.1f %8.1f  %s%n", e.getKey(), h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1000.0, p95, h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0, (met ? "< " : "OVER ") + (int) target + (h.getTotalCount() < 20 ? " (few)" : ""));
            json.append(String.format(Locale.ROOT, "\"%s\":{\"n\":%d,\"p50\":%.1f,\"p95\":%.1f,\"p99\":%.1f},", e.getKey(),
                    h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, p95, h.getValueAtPercentile(99) / 1000.0));
        }
        if (!stats.errors.isEmpty()) {
            System.out.println("Responses 4xx/5xx (not timed): " + new TreeMap<>(stats.errors));
        }
        if (json.charAt(json.length() - 1) == ',') {
            json.setLength(json.length() - 1);
        }
        json.append("},\"all_targets_met\":").append(allMet).append('}');
        System.out.println(json);
    }
}
