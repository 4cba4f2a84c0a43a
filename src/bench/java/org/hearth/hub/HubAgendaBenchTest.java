package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The hub agenda benchmark (issue 13, BENCHMARKS.md "Daily hub agenda"): a day of a large county, 200 police
 * incidents in one area's window (a tenth repeat victims, a tenth naming a perpetrator named elsewhere, one or two
 * children each, grades and scores varied), then the coordinator opens the meeting, which builds and orders the
 * agenda, and reads it; and the agenda page over HTTP. Runs only with {@code -Dhearth.bench.hub-agenda=true}
 * ({@code bench/hub-agenda}); prints one JSON line and fails when the median build is over the target.
 */
@HearthIntegrationTest
@EnabledIfSystemProperty(named = "hearth.bench.hub-agenda", matches = "true")
class HubAgendaBenchTest {

    static final int INCIDENTS = Integer.getInteger("hearth.bench.incidents", 200);
    static final int RUNS = Integer.getInteger("hearth.bench.runs", 10);
    static final int WARMUP = 2;
    static final long TARGET_MS = 200;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HubMeetings hub;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Bench"), UUID.randomUUID()).update();
        return id;
    }

    /** The day's incidents of one area: received on the window's day, with victims, perpetrators and children. */
    private void incidents(AreaId area, LocalDate received, UUID agency, Random random) {
        String[] grades = {"HIGH", "MEDIUM", "MEDIUM", "STANDARD", null};
        List<UUID> victims = new ArrayList<>();
        List<UUID> perpetrators = new ArrayList<>();
        for (int i = 0; i < INCIDENTS; i++) {
            UUID victim = i >= 10 && i % 10 == 0 ? victims.get(random.nextInt(victims.size())) : person("Victim");
            victims.add(victim);
            UUID perpetrator = i >= 10 && i % 10 == 5 ? perpetrators.get(random.nextInt(perpetrators.size()))
                    : person("Perpetrator");
            perpetrators.add(perpetrator);
            String grade = grades[random.nextInt(grades.length)];
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on,
                        victim_id, consent, area_id, police_risk_grade, police_risk_score)
                    VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', ?, ?, ?)""")
                    .params(id, "B-" + id.toString().substring(0, 13), agency, received, received, victim,
                            area.value(), grade, grade == null ? null : random.nextInt(28)).update();
            jdbc.sql("INSERT INTO referral_perpetrator (referral_id, person_id) VALUES (?, ?)").params(id, perpetrator)
                    .update();
            for (int c = 0; c < 1 + random.nextInt(2); c++) {
                jdbc.sql("INSERT INTO referral_child (referral_id, person_id, present) VALUES (?, ?, ?)")
                        .params(id, person("Child"), random.nextBoolean()).update();
            }
        }
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    @Test
    void aLargeCountysDayBuildsItsAgendaUnderTheTarget() throws Exception {
        fixtures.agency("Test Agency");
        UUID agency = fixtures.agency("Bench Police").id().value();
        TestUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR);
        WebSession web = new WebSession(port);
        web.signIn(coordinator);
        Random random = new Random(13);
        List<Long> build = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        LocalDate day = LocalDate.of(2031, 1, 8);
        int cases = 0;
        for (int run = 0; run < WARMUP + RUNS; run++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || day.getDayOfWeek() == DayOfWeek.MONDAY) {
                day = day.plusDays(1);
            }
            AreaId area = partnerships.addArea(Fixtures.uniqueName("Bench County"), 1_400_000).id();
            incidents(area, hub.windowFrom(day), agency, random);
            actAs(coordinator.user());
            long start = System.nanoTime();
            Meeting m = hub.open(area, day);
            cases = hub.agenda(m.id()).size();
            long built = (System.nanoTime() - start) / 1_000_000;
            signOut();
            start = System.nanoTime();
            int status = web.get("/hub/meetings/" + m.id()).status();
            long shown = (System.nanoTime() - start) / 1_000_000;
            assertThat(status).isEqualTo(200);
            assertThat(cases).isEqualTo(INCIDENTS);
            if (run >= WARMUP) {
                build.add(built);
                page.add(shown);
            }
            day = day.plusDays(1);
        }
        build.sort(null);
        page.sort(null);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("{\"bench\": \"hub-agenda\", \"incidents\": %d, \"runs\": %d, \"build_median_ms\": %d, "
                + "\"build_p90_ms\": %d, \"build_max_ms\": %d, \"page_median_ms\": %d, \"page_p90_ms\": %d, "
                + "\"page_max_ms\": %d, \"load_average\": %.1f}%n", INCIDENTS, RUNS, percentile(build, 0.5),
                percentile(build, 0.9), build.get(build.size() - 1), percentile(page, 0.5), percentile(page, 0.9),
                page.get(page.size() - 1), load);
        assertThat(percentile(build, 0.5)).as("median time to build and read a %d-incident agenda (ms)", INCIDENTS)
                .isLessThan(TARGET_MS);
    }
}
