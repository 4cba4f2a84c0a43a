package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceKind;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home page is "My work": each role finds what waits for it, and nothing of another agency's.
 */
@HearthIntegrationTest
class MyWorkTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    ServiceDirectory directory;

    @Test
    void aPractitionerSeesTheReferralsTheirAgencyMadeAndNoOtherAgencys() {
        Agency mine = fixtures.agency(Fixtures.uniqueName("My Work Police "));
        Agency other = fixtures.agency(Fixtures.uniqueName("Other Work Police "));
        String waiting = referral(mine, LocalDate.now().minusDays(2), null);
        String decided = referral(mine, LocalDate.now().minusDays(1), "REFER_TO_MARAC");
        String old = referral(mine, LocalDate.now().minusDays(40), null);
        String theirs = referral(other, LocalDate.now(), null);
        var practitioner = fixtures.enrolledUserAt(mine.name(), Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(practitioner);

        Document home = web.get("/").html();
        assertThat(home.select("h1").text()).isEqualTo("My work");
        String made = section(home, "Referrals your agency made");
        assertThat(made).contains(waiting + " Waiting for triage").contains(decided + " Refer to MARAC")
                .contains("In the last 30 days: 1 waiting for triage, 1 decided.")
                .doesNotContain(old).as("another agency's referral").doesNotContain(theirs);
        assertThat(home.text()).doesNotContain("Waiting for triage:").doesNotContain("Directory reviews");
        assertThat(home.select("a[href$=/triage]")).isEmpty();
        // the referrals listed are audited as read by this user, by id (no names shown, none recorded)
        assertThat(audit.search(new AuditQuery(null, AuditAction.SEARCH, "referral", null, null, null), 0, 50))
                .anySatisfy(e -> {
                    assertThat(e.actorId()).isEqualTo(practitioner.user().id().value());
                    assertThat(e.reason()).contains("my work");
                    assertThat(e.recordIds()).hasSize(2);
                });
    }

    @Test
    void theHubSeesTriageAndDuplicatesACoordinatorTheDirectoryAnAnalystNothing() {
        referral(fixtures.agency("Northfield Police"), LocalDate.now().minusDays(3), null);
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        Document home = hub.get("/").html();
        assertThat(section(home, "Waiting for triage")).contains("waiting").contains("not assessed")
                .contains("Open the triage queue");

        directory.add(new org.hearth.services.ServiceDetails(org.hearth.support.Fixtures.uniqueName("Overdue outreach "), null, "Provider",
                ServiceKind.OUTREACH, true, Set.of(), Set.of(), List.of(), "Weekdays",
                new org.hearth.services.HowToGetHelp("0306 999 0999", null, null, null, null), "For tests.", null,
                null, LocalDate.now().minusYears(3), true));
        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        assertThat(section(coordinator.get("/").html(), "Directory reviews")).contains("Overdue")
                .contains("Manage the directory");

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        Document nothing = analyst.get("/").html();
        assertThat(nothing.select("section.hearth-work")).isEmpty();
        assertThat(nothing.select("#no-work").text()).isEqualTo("Nothing is waiting for you.");
    }

    @Test
    void theHubsDuplicatesCountIsTheOpenPairsOfRecordsNeitherMergedAway() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        long before = openPairs(hub);
        UUID a = person();
        UUID b = person();
        UUID c = person();
        UUID d = person();
        pair(a, b, null);
        pair(a, c, "NOT_SAME");
        pair(b, d, null);
        pair(c, d, null);
        assertThat(openPairs(hub)).as("three undecided pairs").isEqualTo(before + 3);
        // a record merged away takes its pairs off the list, whichever side of the pair it is
        jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ?").params(b, d).update();
        assertThat(openPairs(hub)).as("d merged into b: only a and b wait").isEqualTo(before + 1);
        jdbc.sql("UPDATE person SET merged_into = NULL WHERE id = ?").param(d).update();
        jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ?").params(b, a).update();
        assertThat(openPairs(hub)).as("a merged into b: b and d, c and d wait").isEqualTo(before + 2);
    }

    @Test
    void theHubsSchoolNotificationCountsAreTheWaitingOverdueAndUnplacedOnes() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        long[] before = schoolCounts(hub);
        UUID school = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, 'PRIMARY', 'Safeguarding lead', 'lead@school.example')""")
                .params(school, UUID.randomUUID(), Fixtures.uniqueName("My Work School ")).update();
        notification(school, "now() - interval '1 hour'", false);
        notification(school, "now() + interval '1 day'", false);
        notification(school, "now() - interval '2 days'", true);
        jdbc.sql("INSERT INTO encompass_attention (id, referral_id, child_id, reason) VALUES (?, ?, ?, 'No school known')")
                .params(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()).update();
        jdbc.sql("""
                INSERT INTO encompass_attention (id, referral_id, child_id, reason, resolved_at)
                VALUES (?, ?, ?, 'No school known', now())""")
                .params(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()).update();
        assertThat(schoolCounts(hub)).as("waiting, overdue, children waiting for a school")
                .containsExactly(before[0] + 2, before[1] + 1, before[2] + 1);
    }

    /** "N waiting for the school, M overdue, K children waiting for a school", as numbers. */
    private static long[] schoolCounts(WebSession hub) {
        String summary = section(hub.get("/").html(), "School notifications");
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d+) waiting for the school, (\\d+) overdue, (\\d+) child(ren)? waiting").matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    private void notification(UUID school, String due, boolean acknowledged) {
        jdbc.sql("""
                INSERT INTO encompass_notification (id, referral_id, child_id, school_id, police_force, due_at,
                    acknowledged_at)
                VALUES (?, ?, ?, ?, 'Northfield Police', %s, CASE WHEN ? THEN now() END)""".formatted(due))
                .params(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), school, acknowledged).update();
    }

    /** The count of possible duplicates My work shows the hub (0 when it shows none). */
    private static long openPairs(WebSession hub) {
        return hub.get("/").html().select("section.hearth-work").stream()
                .filter(s -> s.selectFirst("h2").text().equals("Possible duplicates")).findFirst()
                .map(s -> Long.parseLong(s.selectFirst("p").text().split(" ")[0])).orElse(0L);
    }

    private UUID person() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, Fixtures.uniqueName("Dup"), Fixtures.uniqueName("Dup"), UUID.randomUUID()).update();
        return id;
    }

    private void pair(UUID x, UUID y, String decision) {
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, source, decision, decided_at)
                VALUES (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), 0.9, 'BATCH', ?,
                        CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE now() END)""")
                .params(x, y, x, y, decision, decision).update();
    }

    @Test
    void aWorkerSeesThePeopleAllocatedToThemAndNoOneElseDoes() {
        WebSession worker = new WebSession(port);
        worker.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = Fixtures.uniqueName("Allocated");
        worker.open("/people/new");
        var made = worker.post("/people/new", new java.util.HashMap<>(java.util.Map.of("givenName", "Rosa", "familyName",
                family, "dateOfBirth.day", "2", "dateOfBirth.month", "2", "dateOfBirth.year", "1992", "sex", "FEMALE",
                "disability", "NOT_KNOWN", "confirmedNew", "true")));
        String id = made.location().substring(made.location().lastIndexOf('/') + 1);
        worker.open("/people/" + id);
        assertThat(worker.post("/people/" + id + "/allocate", java.util.Map.of()).status()).isEqualTo(303);

        assertThat(section(worker.get("/").html(), "People allocated to you")).contains("Rosa " + family);
        WebSession colleague = new WebSession(port);
        colleague.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        assertThat(colleague.get("/").html().text()).as("allocated to someone else").doesNotContain(family);
    }

    private static String section(Document home, String title) {
        return home.select("section.hearth-work").stream().filter(s -> s.selectFirst("h2").text().equals(title))
                .findFirst().map(s -> s.text()).orElseThrow(() -> new AssertionError("no '" + title + "' in " + home.text()));
    }

    /** A referral the agency made on the day (with the hub's outcome, or waiting when null); its reference. */
    private String referral(Agency agency, LocalDate received, String outcome) {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, Fixtures.uniqueName("Mw"), Fixtures.uniqueName("Mw"), UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        String reference = "MW-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                    triage_outcome, triage_reason, triaged_at)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN', ?, ?, CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE now() END)""")
                .params(id, reference, agency.id().value(), received, victim, outcome,
                        outcome == null ? null : "Test decision", outcome)
                .update();
        return reference;
    }
}
