package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.hearth.access.Role;
import org.hearth.access.StaffUsers;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.support.Fixtures;
import org.hearth.support.WebSession;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MARAC pages over five years of a large area (issue 12, "Performance"; see BENCHMARKS.md, "MARAC pages"). Starts
 * Hearth in this JVM on the embedded database (the demo, in a data directory kept between runs), loads once, with
 * plain SQL, a "Bench MARAC" with 8 standing member agencies and five years of one area: 100,000 front-door referrals,
 * 10,000 referrals to MARAC heard at weekly meetings (each with minutes, research from every member agency, two
 * actions and attendance), and the next meeting's published agenda of 25 cases. Then a hub coordinator (its chair)
 * signed in as a person does opens, one request at a time, the 25-case agenda, the chair's page of each of its cases
 * and the last complete quarter's SafeLives return; only the HTTP exchange is timed (HdrHistogram, per page).
 *
 * <pre>
 * bench/marac --data-dir DIR [--referrals 100000] [--cases 10000] [--years 5] [--warmup 20] [--iterations 100]
 *             [--settle-s 0]
 * </pre>
 */
public final class MaracBench {

    static final int MEMBERS = 8;
    static final int AGENDA = 25;

    private MaracBench() {
    }

    public static void main(String[] args) throws Exception {
        LoadBench.Options o = LoadBench.Options.parse(args, 0);
        String dir = o.text("data-dir", null);
        if (dir == null) {
            throw new IllegalArgumentException("--data-dir DIR (made on the first run, reused after)");
        }
        String load0 = loadAverage();
        try (ConfigurableApplicationContext ctx = LoadBench.start(dir)) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Fixtures fixtures = new Fixtures(ctx.getBean(Partnerships.class), ctx.getBean(StaffUsers.class), jdbc);
            Fixtures.TestUser chair = fixtures.enrolledUserAt("Northfield Police", Role.HUB_COORDINATOR);
            UUID marac = jdbc.sql("SELECT id FROM marac WHERE name = 'Bench MARAC'").query(UUID.class).optional()
                    .orElseGet(() -> generate(ctx, jdbc, fixtures, chair, o));
            int settle = o.integer("settle-s", 0);
            if (settle > 0) {
                System.out.printf("Settling for %d s (the person index builds in the background)%n", settle);
                Thread.sleep(settle * 1000L);
            }
            UUID meeting = jdbc.sql("SELECT id FROM marac_meeting WHERE marac_id = ? AND held_at IS NULL"
                    + " AND published_at IS NOT NULL ORDER BY meets_on LIMIT 1").param(marac).query(UUID.class).single();
            List<UUID> cases = jdbc.sql("SELECT id FROM marac_referral WHERE meeting_id = ? ORDER BY reference")
                    .param(meeting).query(UUID.class).list();
            LocalDate last = LocalDate.now().withDayOfMonth(1).withMonth(((LocalDate.now().getMonthValue() - 1) / 3) * 3 + 1)
                    .minusMonths(3);
            String quarter = last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1);
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("referrals", jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single());
            counts.put("maracCases", jdbc.sql("SELECT count(*) FROM marac_referral WHERE marac_id = ?").param(marac)
                    .query(Long.class).single());
            counts.put("quarterCases", jdbc.sql("SELECT count(*) FROM marac_case_discussed WHERE marac_id = ?"
                    + " AND meets_on BETWEEN ? AND ?").params(marac, last, last.plusMonths(3).minusDays(1))
                    .query(Long.class).single());
            counts.put("research", jdbc.sql("SELECT count(*) FROM marac_research").query(Long.class).single());
            counts.put("actions", jdbc.sql("SELECT count(*) FROM marac_action").query(Long.class).single());
            counts.put("agendaCases", (long) cases.size());

            WebSession web = new WebSession(port);
            if (web.signIn(chair).status() != 200) {
                throw new IllegalStateException("the chair could not sign in");
            }
            Map<String, List<String>> pages = new LinkedHashMap<>();
            pages.put("agenda", List.of("/marac/meetings/" + meeting));
            pages.put("case", cases.stream().map(c -> "/marac/meetings/" + meeting + "/cases/" + c).toList());
            pages.put("return", List.of("/marac/" + marac + "/return?quarter=" + quarter));
            Map<String, Histogram> results = new LinkedHashMap<>();
            int warmup = o.integer("warmup", 20);
            int iterations = o.integer("iterations", 100);
            double cpu0 = 0;
            for (int round = 0; round < warmup + iterations; round++) {
                if (round == warmup) {
                    cpu0 = LoadBench.cpuSeconds();
                }
                for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                    String path = page.getValue().get(round % page.getValue().size());
                    long t0 = System.nanoTime();
                    WebSession.Page p = web.get(path);
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (p.status() != 200) {
                        throw new IllegalStateException(path + " answered " + p.status());
                    }
                    if (round >= warmup) {
                        results.computeIfAbsent(page.getKey(), k -> new Histogram(3)).recordValue(micros);
                    }
                }
            }
            double cpu = LoadBench.cpuSeconds() - cpu0;
            String load1 = loadAverage();
            System.out.printf(Locale.ROOT, "MARAC pages: %s; quarter %s; load average %s -> %s; %.1f CPU s measured%n",
                    counts, quarter, load0, load1, cpu);
            StringBuilder json = new StringBuilder("{\"bench\": \"marac\"");
            counts.forEach((k, v) -> json.append(", \"").append(k).append("\": ").append(v));
            for (Map.Entry<String, Histogram> r : results.entrySet()) {
                Histogram h = r.getValue();
                System.out.printf(Locale.ROOT, "%-7s n=%d p50=%.0f p95=%.0f p99=%.0f max=%.0f ms%n", r.getKey(),
                        h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                        h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
                json.append(String.format(Locale.ROOT, ", \"%s_p50_ms\": %.0f, \"%s_p95_ms\": %.0f", r.getKey(),
                        h.getValueAtPercentile(50) / 1000.0, r.getKey(), h.getValueAtPercentile(95) / 1000.0));
            }
            json.append(String.format(Locale.ROOT, ", \"load_average\": \"%s -> %s\", \"cpu_seconds\": %.1f}", load0,
                    load1, cpu));
            System.out.println(json);
        }
        System.exit(0);
    }

    static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** Loads the five years (see the class comment); returns the bench MARAC's id. */
    static UUID generate(ConfigurableApplicationContext ctx, JdbcClient jdbc, Fixtures fixtures,
            Fixtures.TestUser chair, LoadBench.Options o) {
        int referrals = o.integer("referrals", 100_000);
        int cases = o.integer("cases", 10_000);
        int days = o.integer("years", 5) * 365;
        long t0 = System.nanoTime();
        Partnerships partnerships = ctx.getBean(Partnerships.class);
        List<Agency> agencies = partnerships.agencies().stream().sorted((a, b) -> a.sector() == Sector.POLICE ? -1
                : b.sector() == Sector.POLICE ? 1 : a.name().compareTo(b.name())).limit(MEMBERS).toList();
        List<UUID> reps = new ArrayList<>();
        for (Agency a : agencies) {
            reps.add(fixtures.enrolledUserAt(a.name(), Role.AGENCY_REPRESENTATIVE).user().id().value());
        }
        UUID area = partnerships.addArea("Bench Area", 1_200_000).id().value();
        UUID marac = UUID.randomUUID();
        UUID police = agencies.get(0).id().value();
        UUID hub = chair.user().id().value();
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO marac (id, name, schedule, chair_id, coordinator_id, capacity) VALUES (?, 'Bench MARAC',"
                    + " 'WEEKLY', ?, ?, 40)").params(marac, hub, hub).update();
            jdbc.sql("INSERT INTO marac_area (marac_id, area_id) VALUES (?, ?)").params(marac, area).update();
            jdbc.sql("INSERT INTO marac_area_women (area_id, women_16_plus, source) VALUES (?, 490000, 'bench')")
                    .param(area).update();
            for (int i = 0; i < agencies.size(); i++) {
                jdbc.sql("INSERT INTO marac_member (marac_id, agency_id, representative_id) VALUES (?, ?, ?)")
                        .params(marac, agencies.get(i).id().value(), reps.get(i)).update();
            }
            int people = referrals * 6 / 10;
            jdbc.sql("CREATE TEMP TABLE bench_person (n int PRIMARY KEY, victim uuid, perpetrator uuid) ON COMMIT DROP")
                    .update();
            jdbc.sql("INSERT INTO bench_person SELECT n, gen_random_uuid(), gen_random_uuid() FROM generate_series(1, ?) n")
                    .param(people).update();
            jdbc.sql("""
                    INSERT INTO person (id, given_name, family_name, sex, date_of_birth, ethnicity, disability, created_by)
                    SELECT victim, (ARRAY['Amy','Beth','Cara','Dawn','Erin','Faye','Gail','Hana'])[1 + n % 8],
                           'Bench' || n, CASE WHEN n % 20 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                           DATE '1960-01-01' + (n * 37 % 16000), CASE WHEN n % 6 = 0 THEN 'ASIAN_PAKISTANI'
                           ELSE 'WHITE_BRITISH' END, CASE WHEN n % 9 = 0 THEN 'YES' ELSE 'NO' END, ?
                    FROM bench_person
                    UNION ALL
                    SELECT perpetrator, (ARRAY['Adam','Ben','Carl','Dean','Ed','Finn','Gary','Huw'])[1 + n % 8],
                           'Benchp' || n, 'MALE', DATE '1958-01-01' + (n * 41 % 16000), NULL, 'NOT_KNOWN', ?
                    FROM bench_person""").params(hub, hub).update();
            // front-door referrals: about 1.7 per victim, each naming the victim's perpetrator, spread over the years
            jdbc.sql("""
                    INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                        consent, area_id)
                    SELECT gen_random_uuid(), 'BENCH-' || i, 'IMPORT',
                           CASE WHEN i % 10 < 6 THEN CAST(? AS uuid) ELSE (CAST(? AS uuid[]))[1 + i % ?] END,
                           CURRENT_DATE - 8 - (i * 7 % ?), CURRENT_DATE - 8 - (i * 7 % ?), p.victim, 'GIVEN', ?
                    FROM generate_series(1, ?) i JOIN bench_person p ON p.n = 1 + (i * 7919 % ?)""")
                    .params(police, agencies.stream().map(a -> a.id().value()).toArray(UUID[]::new), agencies.size(),
                            days, days, area, referrals, people).update();
            jdbc.sql("""
                    INSERT INTO referral_perpetrator (referral_id, person_id)
                    SELECT r.id, p.perpetrator FROM referral r JOIN bench_person p ON p.victim = r.victim_id
                    WHERE r.reference LIKE 'BENCH-%'""").update();
            // referrals to MARAC: one front-door referral in ten (the newest victims' last ones go on the next agenda)
            jdbc.sql("""
                    INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referral_id, referred_on,
                        referred_by_name, referring_agency_id, criteria, evidence, risk_score, consent, repeat)
                    SELECT gen_random_uuid(), 'MR-B-' || lpad(row_number() OVER (ORDER BY r.received_on, r.id)::text, 6, '0'),
                           ?, r.victim_id, 'TRIAGE', r.id, r.received_on + 1, 'Bench hub', r.referring_agency_id,
                           '{VISIBLE_HIGH_RISK}', 'Visible high risk: DASH 14 or more.', 14 + abs(hashtext(r.id::text)) % 11,
                           'GIVEN', false
                    FROM referral r WHERE r.reference LIKE 'BENCH-%' AND substring(r.reference FROM 7)::int % ? = 0""")
                    .params(marac, Math.max(1, referrals / cases)).update();
            jdbc.sql("""
                    INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id)
                    SELECT m.id, rp.person_id FROM marac_referral m JOIN referral_perpetrator rp ON rp.referral_id = m.referral_id
                    WHERE m.marac_id = ?""").param(marac).update();
            jdbc.sql("""
                    UPDATE marac_referral r SET repeat = true, repeat_of_id = e.id
                    FROM marac_referral e WHERE r.marac_id = ? AND e.marac_id = r.marac_id AND e.victim_id = r.victim_id
                      AND e.referred_on < r.referred_on AND e.referred_on > r.referred_on - interval '12 months'""")
                    .param(marac).update();
            // weekly meetings over the years, held, the next one published; each case at the first after its referral
            jdbc.sql("""
                    INSERT INTO marac_meeting (id, marac_id, meets_on, published_at, published_by, held_at, held_by,
                        minutes_issued_at)
                    SELECT gen_random_uuid(), ?, d::date, d - interval '5 days', ?, d + interval '13 hours', ?,
                           d + interval '1 day'
                    FROM generate_series(CURRENT_DATE - 7 - ? * interval '1 day', CURRENT_DATE - 7, interval '7 days') d""")
                    .params(marac, hub, hub, days + 7).update();
            UUID next = UUID.randomUUID();
            jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on, published_at, published_by) VALUES (?, ?,"
                    + " CURRENT_DATE + 7, now(), ?)").params(next, marac, hub).update();
            jdbc.sql("""
                    UPDATE marac_referral r SET meeting_id = (SELECT m.id FROM marac_meeting m WHERE m.marac_id = r.marac_id
                        AND m.meets_on > r.referred_on AND m.held_at IS NOT NULL ORDER BY m.meets_on LIMIT 1)
                    WHERE r.marac_id = ?""").param(marac).update();
            // the next agenda: the 25 victims with the most history, referred again this week
            jdbc.sql("""
                    INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referred_on, referred_by_name,
                        referring_agency_id, criteria, evidence, risk_score, consent, repeat, meeting_id)
                    SELECT gen_random_uuid(), 'MR-B-NEXT-' || row_number() OVER (), ?, v.victim_id, 'PERSON_PAGE',
                           CURRENT_DATE - 2, 'Bench hub', ?, '{VISIBLE_HIGH_RISK}', 'Visible high risk.', 18, 'GIVEN',
                           true, ?
                    FROM (SELECT victim_id FROM marac_referral WHERE marac_id = ? GROUP BY victim_id
                          ORDER BY count(*) DESC, victim_id LIMIT ?) v""")
                    .params(marac, police, next, marac, AGENDA).update();
            jdbc.sql("""
                    INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id)
                    SELECT m.id, p.perpetrator FROM marac_referral m JOIN bench_person p ON p.victim = m.victim_id
                    WHERE m.meeting_id = ?""").param(next).update();
            jdbc.sql("""
                    INSERT INTO marac_case (meeting_id, marac_referral_id, minutes, idva_update, outcome, updated_at)
                    SELECT r.meeting_id, r.id, 'Risk discussed; agencies shared what their records hold; actions agreed.',
                           'The IDVA is in contact weekly.', 'CLOSED', m.held_at
                    FROM marac_referral r JOIN marac_meeting m ON m.id = r.meeting_id
                    WHERE r.marac_id = ? AND m.held_at IS NOT NULL""").param(marac).update();
            jdbc.sql("""
                    UPDATE marac_referral r SET closed_on = m.meets_on FROM marac_meeting m
                    WHERE m.id = r.meeting_id AND m.held_at IS NOT NULL AND r.marac_id = ?""").param(marac).update();
            jdbc.sql("""
                    INSERT INTO marac_attendance (meeting_id, agency_id, status)
                    SELECT m.id, mm.agency_id, CASE WHEN abs(hashtext(m.id::text || mm.agency_id::text)) % 8 = 0
                           THEN 'APOLOGIES' ELSE 'PRESENT' END
                    FROM marac_meeting m JOIN marac_member mm ON mm.marac_id = m.marac_id
                    WHERE m.marac_id = ? AND m.held_at IS NOT NULL""").param(marac).update();
            jdbc.sql("""
                    INSERT INTO marac_research (id, meeting_id, marac_referral_id, agency_id, due_on, victim_facts,
                        perpetrator_facts, opinion, returned_at, returned_by, returned_by_name)
                    SELECT gen_random_uuid(), m.id, r.id, mm.agency_id, m.meets_on - 2,
                           CASE WHEN m.held_at IS NULL OR abs(hashtext(r.id::text || mm.agency_id::text)) % 10 <> 0
                                THEN 'Two call-outs to the address in the last six months.' END,
                           'Convictions for assault; on bail.', 'Risk is escalating.',
                           CASE WHEN m.held_at IS NOT NULL AND abs(hashtext(r.id::text || mm.agency_id::text)) % 10 <> 0
                                THEN m.meets_on - 3 + time '15:00' END,
                           mm.representative_id, 'Bench representative'
                    FROM marac_referral r JOIN marac_meeting m ON m.id = r.meeting_id
                    JOIN marac_member mm ON mm.marac_id = m.marac_id WHERE r.marac_id = ?""").param(marac).update();
            jdbc.sql("""
                    INSERT INTO marac_action (id, meeting_id, marac_referral_id, subject, description, risk,
                        owner_agency_id, due_on, created_at, closed_at, closed_by_name)
                    SELECT gen_random_uuid(), m.id, r.id, s.subject, 'Bench action for the ' || lower(s.subject),
                           'Bench risk', (SELECT mm.agency_id FROM marac_member mm WHERE mm.marac_id = m.marac_id
                               ORDER BY abs(hashtext(mm.agency_id::text || r.id::text || s.subject)) LIMIT 1),
                           m.meets_on + 21, m.held_at,
                           CASE WHEN m.meets_on + 21 < CURRENT_DATE AND abs(hashtext(r.id::text || s.subject)) % 10 <> 0
                                THEN m.meets_on + 18 + time '15:00' END,
                           CASE WHEN m.meets_on + 21 < CURRENT_DATE AND abs(hashtext(r.id::text || s.subject)) % 10 <> 0
                                THEN 'Bench representative' END
                    FROM marac_referral r JOIN marac_meeting m ON m.id = r.meeting_id
                    CROSS JOIN (VALUES ('VICTIM'), ('PERPETRATOR')) s(subject)
                    WHERE r.marac_id = ? AND m.held_at IS NOT NULL""").param(marac).update();
        });
        jdbc.sql("ANALYZE").update();
        System.out.printf(Locale.ROOT, "Generated the bench MARAC in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return marac;
    }
}
