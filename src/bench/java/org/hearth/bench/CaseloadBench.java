package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.WebSession;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The casework pages' target (issue 14): "My cases" for a worker with 80 cases and the service manager's caseload
 * page for 30 workers, under 200 ms at the 95th percentile over a register of 100,000 people. Starts Hearth with the
 * demo on the embedded database, fills the register to {@code --people} with synthetic persons, makes an IDVA service
 * of {@code --workers} workers (the first, its manager, holds {@code --cases} open cases; the others 40 to 80 each,
 * with their grants), signs the manager in as a person does, and times {@code --samples} requests of each page one
 * after another (after {@code --warmup} untimed ones). Prints the percentiles, the load average before and after,
 * and a JSON line. See BENCHMARKS.md ("Casework pages").
 */
public final class CaseloadBench {

    private CaseloadBench() {
    }

    public static void main(String[] args) throws Exception {
        LoadBench.Options o = LoadBench.Options.parse(args, 0);
        int people = o.integer("people", 100_000);
        int workers = o.integer("workers", 30);
        int cases = o.integer("cases", 80);
        int samples = o.integer("samples", 200);
        int warmup = o.integer("warmup", 30);
        String load0 = Files.readString(Path.of("/proc/loadavg")).trim();
        ConfigurableApplicationContext ctx = LoadBench.start(o.text("data-dir", ""));
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);

        UUID creator = jdbc.sql("SELECT id FROM staff_user ORDER BY username LIMIT 1").query(UUID.class).single();
        long have = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        if (have < people) {
            jdbc.sql("""
                    INSERT INTO person (id, given_name, family_name, created_by)
                    SELECT gen_random_uuid(), 'Bench' || g, 'Register' || (g % 5000), ?
                    FROM generate_series(1, ?) g""").params(creator, people - have).update();
            jdbc.sql("ANALYZE person").update();
        }
        long register = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();

        String agencyName = Fixtures.uniqueName("Bench IDVA");
        List<Fixtures.TestUser> staff = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            staff.add(fixtures.enrolledUserAt(agencyName, Role.PRACTITIONER));
        }
        UUID agency = staff.get(0).user().agency().value();
        UUID service = UUID.randomUUID();
        jdbc.sql("INSERT INTO casework_service (id, agency_id, kind, name) VALUES (?, ?, 'IDVA', ?)")
                .params(service, agency, agencyName + " service").update();
        LocalDate today = LocalDate.now();
        List<UUID> persons = jdbc.sql("SELECT id FROM person WHERE given_name LIKE 'Bench%' LIMIT ?")
                .param(workers * 80).query(UUID.class).list();
        int next = 0;
        long allCases = 0;
        for (int w = 0; w < workers; w++) {
            UUID user = staff.get(w).user().id().value();
            jdbc.sql("INSERT INTO casework_worker (service_id, user_id, fte, manager) VALUES (?, ?, ?, ?)")
                    .params(service, user, w % 4 == 3 ? 0.6 : 1.0, w == 0).update();
            int n = w == 0 ? cases : 40 + (w * 7) % 41;
            for (int c = 0; c < n && next < persons.size(); c++, next++) {
                UUID id = UUID.randomUUID();
                UUID person = persons.get(next);
                LocalDate on = today.minusDays(1 + (c * 3L) % 200);
                jdbc.sql("""
                        INSERT INTO casework_case (id, reference, service_id, person_id, source, source_kind,
                            referred_on, referred_by, reason, status, worker_id, allocated_at, first_contact_due,
                            first_contact_at, engagement)
                        VALUES (?, 'CW-B-' || lpad(nextval('casework_case_number')::text, 6, '0'), ?, ?, 'PERSON_PAGE',
                            'IDVA', ?, 'Bench', 'Bench case', 'OPEN', ?, ?, ?, ?, ?)""")
                        .params(id, service, person, on, user, Timestamp.valueOf(on.atTime(9, 0)), on.plusDays(2),
                                c % 7 == 3 ? null : Timestamp.valueOf(on.plusDays(2).atTime(10, 30)),
                                c % 7 == 3 ? null : "ENGAGED").update();
                jdbc.sql("""
                        INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, approved_by, basis_kind,
                            basis_id) VALUES (?, ?, 'ALLOCATED', 'SAFE_CONTACT', ?, ?, 'casework-case', ?)""")
                        .params(UUID.randomUUID(), person, user, user, id.toString()).update();
                jdbc.sql("""
                        INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, approved_by, basis_kind,
                            basis_id) VALUES (?, ?, 'ALLOCATED', 'RECORD', ?, ?, 'casework-case', ?)""")
                        .params(UUID.randomUUID(), person, agency, user, id.toString()).update();
                allCases++;
            }
        }
        jdbc.sql("ANALYZE").update();

        WebSession session = new WebSession(port);
        WebSession.Page home = session.signIn(staff.get(0));
        if (home.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + home.status());
        }
        String[] pages = {"/casework/my-cases", "/casework/services/" + service};
        StringBuilder json = new StringBuilder("{\"people\":" + register + ",\"workers\":" + workers
                + ",\"cases\":" + allCases + ",\"worker_cases\":" + cases + ",\"samples\":" + samples);
        System.out.printf(Locale.ROOT, "Register %,d people; service of %d workers, %,d open cases (the manager %d)%n",
                register, workers, allCases, cases);
        for (String page : pages) {
            for (int i = 0; i < warmup; i++) {
                check(session.get(page), page);
            }
            long[] micros = new long[samples];
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                WebSession.Page p = session.get(page);
                micros[i] = (System.nanoTime() - t0) / 1000;
                check(p, page);
            }
            Arrays.sort(micros);
            double p50 = micros[samples / 2] / 1000.0;
            double p95 = micros[(int) Math.ceil(samples * 0.95) - 1] / 1000.0;
            double p99 = micros[(int) Math.ceil(samples * 0.99) - 1] / 1000.0;
            String name = page.startsWith("/casework/services/") ? "/casework/services/{id}" : page;
            System.out.printf(Locale.ROOT, "%-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  target 200 %s%n",
                    name, p50, p95, p99, micros[samples - 1] / 1000.0, p95 < 200 ? "met" : "MISSED");
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"p50\":%.1f,\"p95\":%.1f,\"p99\":%.1f}", name, p50, p95,
                    p99));
        }
        String load1 = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.println("Load average before: " + load0 + "; after: " + load1);
        json.append(",\"load_before\":\"").append(load0).append("\",\"load_after\":\"").append(load1).append("\"}");
        System.out.println(json);
        ctx.close();
        System.exit(0);
    }

    private static void check(WebSession.Page p, String page) {
        if (p.status() != 200) {
            throw new IllegalStateException(page + " answered " + p.status());
        }
    }
}
