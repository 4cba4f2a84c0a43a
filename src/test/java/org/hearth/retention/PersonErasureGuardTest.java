package org.hearth.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseSource;
import org.hearth.casework.Casework;
import org.hearth.casework.ServiceKind;
import org.hearth.disclosure.Disclosures;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Route;
import org.hearth.people.Disability;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonErasure;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.Sex;
import org.hearth.platform.DatabaseBackup;
import org.hearth.platform.ErasureLedger;
import org.hearth.platform.HearthSecretKey;
import org.hearth.platform.TestRestore;
import org.hearth.platform.TestSuperuser;
import org.hearth.reviews.Notification;
import org.hearth.reviews.Reviews;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.Tables;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The standing guard of erasure: a victim, the person causing harm and a child with rows in every module (made
 * through the pages and the modules' APIs where a journey makes them, by SQL where only a background job or another
 * partnership would), a duplicate merged into the victim, then each erased in turn. After each erasure, every column of
 * every table that can hold a person's id (uuid, uuid[], text and jsonb columns, read from information_schema) is
 * searched for the id: only the tombstone (and the audit trail, which holds ids and no names) may still hold it. A
 * module whose {@code PersonDataHolder} is missing, or misses a table, fails this test naming the table and column.
 * An erasure also survives the restore of a backup made before it: a second Hearth started on the restored database
 * erases the victim again (from the erasure ledger) before it serves anyone.
 */
@HearthIntegrationTest
class PersonErasureGuardTest {

    /** The only places an erased person's id may stay: the tombstone, and the append-only audit trail. */
    static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static final Set<String> ALLOWED = Set.of("person_tombstone", "audit_event", "audit_chain_legacy");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonErasure erasure;
    @Autowired
    PersonMatcher matcher;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    Reviews reviews;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Flyway flyway;
    @Autowired
    HearthSecretKey secret;
    @Autowired
    ErasureLedger ledger;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    record Seeded(UUID victim, UUID twin, UUID perpetrator, UUID child, String family) {
    }

    @Test
    void everyTableAllowedIsATable() {
        assertThat(Tables.missing(jdbc, ALLOWED)).as("listed in ALLOWED but no table").isEmpty();
    }

    @Test
    void anErasedPersonLeavesNoRowAnywhereButTheTombstone() {
        Seeded s = seed();
        StaffUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user();

        // before: the victim is in every module's tables (so the search below is a real one)
        Set<String> before = holding(s.victim());
        assertThat(before).as("the seed reaches every module").contains("person", "person_relationship", "person_address",
                "person_access_grant", "person_merge", "person_duplicate", "referral", "referral_possible_match",
                "risk_assessment", "insights_referral_fact", "marac_referral", "casework_case", "programme_referral",
                "protective_order_person", "disclosure_application", "review", "sanctuary_referral",
                "refuge_referral", "hub_case", "person_gp_practice", "gp_notification", "retention_hold",
                "event_publication");
        assertThat(holding(s.perpetrator())).contains("referral_perpetrator", "marac_referral_perpetrator",
                "protective_order", "hub_case", "programme_referral", "disclosure_application", "review");
        assertThat(holding(s.child())).contains("referral_child", "hub_case", "child_school", "encompass_notification");
        Eventually.waitFor(() -> found(s).contains(s.victim()), Duration.ofSeconds(10));

        actAs(coordinator);
        PersonErasure.Tombstone t = erasure.erase(new PersonId(s.victim()), "Adult: test", coordinator.id().value());
        assertThat(t.person().value()).isEqualTo(s.victim());
        assertThat(holding(s.victim())).as("tables still holding the erased victim's id").isEmpty();
        assertThat(holding(s.twin())).as("the record merged into her goes with her").isEmpty();
        assertThat(jdbc.sql("SELECT rule FROM person_tombstone WHERE person_id = ?").param(s.victim())
                .query(String.class).single()).isEqualTo("Adult: test");
        // the audit entry holds the id and no content
        assertThat(jdbc.sql("""
                SELECT reason FROM audit_event WHERE action = 'DELETE' AND record_type = 'person' AND ? = ANY (record_ids)""")
                .param(s.victim().toString()).query(String.class).list())
                .singleElement().asString().doesNotContain(s.family()).doesNotContain("Rowena");
        // the in-memory index has dropped her
        assertThat(found(s)).doesNotContain(s.victim(), s.twin());

        assertNothingOfHersInHisReleasedPackage(s.perpetrator(), s.family());

        erasure.erase(new PersonId(s.perpetrator()), "Adult: test", coordinator.id().value());
        assertThat(holding(s.perpetrator())).as("tables still holding the erased perpetrator's id").isEmpty();
        erasure.erase(new PersonId(s.child()), "Child: test", coordinator.id().value());
        assertThat(holding(s.child())).as("tables still holding the erased child's id").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = ?").param(s.family())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPackageReleasedToSomeoneElseKeepsTheReleaseAndNothingOfTheErasedPerson() {
        String family = Fixtures.uniqueName("Erase");
        String agencyName = Fixtures.uniqueName("Erase SAR ");
        UUID agency = fixtures.agency(agencyName).id().value();
        UUID victim = UUID.randomUUID();
        UUID perpetrator = UUID.randomUUID();
        for (Object[] p : List.of(new Object[] {victim, "Rowena", LocalDate.of(1988, 3, 14)},
                new Object[] {perpetrator, "Dermot", LocalDate.of(1985, 1, 2)})) {
            jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                    .params(p[0], p[1], family, p[2], UUID.randomUUID()).update();
        }
        jdbc.sql("INSERT INTO person_address (id, person_id, line1, town, postcode, from_date) "
                + "VALUES (?, ?, '7 Quiet Lane', 'Northfield', 'NF1 2AB', current_date - 400)")
                .params(UUID.randomUUID(), victim).update();
        UUID his = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO subject_access_request (id, reference, received_on, requester_name, requester_role,
                    identity_checked_on, identity_evidence, person_id, due_on, released_at, released_by_name,
                    agency_id, recorded_by, recorded_by_name, released_package)
                VALUES (?, ?, current_date - 40, 'The requester', 'PERSON_CAUSING_HARM', current_date - 39, 'Passport',
                    ?, current_date - 10, now(), 'Officer', ?, ?, 'Officer', ?)""")
                .params(his, Fixtures.uniqueName("SAR-"), perpetrator, agency, UUID.randomUUID(),
                        releasedPackage("Dermot " + family, "Rowena " + family)).update();
        assertThat(naming("Rowena " + family)).as("the search finds her there").contains(
                "subject_access_request.released_package");
        StaffUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user();
        actAs(coordinator);
        erasure.erase(new PersonId(victim), "Adult: test", coordinator.id().value());
        assertNothingOfHersInHisReleasedPackage(perpetrator, family);
        SecurityContextHolder.clearContext();
        // the request's page says what happened since the release, naming nobody
        WebSession officer = new WebSession(port);
        officer.signIn(fixtures.enrolledUserAt(agencyName, Role.INFORMATION_GOVERNANCE));
        Page page = officer.get("/subject-access/" + his);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#history li").text()).contains("replaced with [erased]")
                .doesNotContain("Rowena");
    }

    /** After her erasure: no text anywhere names her; his package keeps the release and his lines, and says so. */
    private void assertNothingOfHersInHisReleasedPackage(UUID perpetrator, String family) {
        assertThat(naming("Rowena " + family)).as("tables still naming the erased victim").isEmpty();
        String released = jdbc.sql("SELECT released_package FROM subject_access_request WHERE person_id = ?")
                .param(perpetrator).query(String.class).single();
        assertThat(released).contains("SAR-T", "Dermot " + family, "\"releasedTo\":\"Dermot " + family,
                "Withheld (item 2)", "[erased]").doesNotContainIgnoringCase("Rowena").doesNotContain("14 March 1988")
                .doesNotContain("NF1 2AB");
        assertThat(jdbc.sql("SELECT what FROM subject_access_request_history h JOIN subject_access_request r "
                + "ON r.id = h.request_id WHERE r.person_id = ?").param(perpetrator).query(String.class).list())
                .as("one row per record erased that changed it (a record merged into her is erased with her)")
                .isNotEmpty().allSatisfy(w -> assertThat(w).contains("erased").doesNotContain("Rowena"));
    }

    @Test
    void anErasureThatFailsPartWayLeavesEverythingAsItWas() throws Exception {
        Seeded s = seed();
        StaffUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user();
        Set<String> before = holding(s.victim());
        actAs(coordinator);
        // a tombstone needs a real approver: refused by the database after every module has erased its rows
        assertThatThrownBy(() -> erasure.erase(new PersonId(s.victim()), "Adult: test", UUID.randomUUID()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("person_tombstone");
        assertThat(holding(s.victim())).as("all or nothing").isEqualTo(before);
        assertThat(found(s)).contains(s.victim());

        // an erasure the erasure ledger cannot record (a restore would undo it) is not made either
        Path file = ledger.file();
        Path aside = file.resolveSibling(file.getFileName() + ".aside");
        java.nio.file.Files.createDirectories(file.getParent());
        if (java.nio.file.Files.exists(file)) {
            java.nio.file.Files.move(file, aside);
        }
        java.nio.file.Files.createDirectory(file); // not a file to append to
        try {
            assertThatThrownBy(() -> erasure.erase(new PersonId(s.victim()), "Adult: test", coordinator.id().value()))
                    .hasMessageContaining("erasure ledger");
        } finally {
            java.nio.file.Files.delete(file);
            if (java.nio.file.Files.exists(aside)) {
                java.nio.file.Files.move(aside, file);
            }
        }
        assertThat(holding(s.victim())).as("not recorded, not erased").isEqualTo(before);
        assertThat(found(s)).contains(s.victim());
    }

    @Test
    void anErasureSurvivesTheRestoreOfABackupMadeBeforeIt(@TempDir Path tmp) throws Exception {
        Seeded s = seed();
        StaffUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user();
        Path backup = tmp.resolve("backup");
        try (Connection c = TestSuperuser.dataSource().getConnection()) {
            DatabaseBackup.backup(c, backup);
        }
        actAs(coordinator);
        erasure.erase(new PersonId(s.victim()), "Adult: test", coordinator.id().value());

        // the ledger holds ids and dates only: no name, date of birth, postcode or address of anyone
        String written = Files.readString(ledger.file());
        assertThat(written).doesNotContain(s.family(), "Rowena", "Dermot", "Pip", "1988-03-14", "NF1", "Test Street")
                .contains(s.victim().toString(), s.twin().toString());
        assertThat(written.lines()).allMatch(l -> l.matches("v1 at=\\S+Z person=" + UUID_RE + " records=" + UUID_RE
                + "(," + UUID_RE + ")* approved=" + UUID_RE + " mac=[0-9a-f]{64}"), "ids, an instant and a MAC only");

        // the operator's copy of the ledger, with two lines nobody with the key wrote: the victim's line edited to
        // name the perpetrator, and a line naming the child under a made-up MAC; neither may erase anyone
        Path copy = tmp.resolve("erasure-ledger");
        String hers = written.lines().filter(l -> l.contains("person=" + s.victim())).reduce((a, b) -> b).orElseThrow();
        Files.writeString(copy, written + hers.replace(s.victim().toString(), s.perpetrator().toString())
                .replace(s.twin().toString(), s.perpetrator().toString()) + "\n" + "v1 at=" + Instant.now()
                + " person=" + s.child() + " records=" + s.child() + " approved=" + coordinator.id().value() + " mac="
                + "0".repeat(64) + "\n");

        PGSimpleDataSource restored = TestRestore.emptyHearth(flyway);
        try {
            JdbcClient there = JdbcClient.create(restored);
            assertThat(there.sql("SELECT current_database()").query(String.class).single())
                    .as("a second database, not the tests' own").isNotEqualTo(
                            jdbc.sql("SELECT current_database()").query(String.class).single());
            try (Connection c = restored.getConnection()) {
                DatabaseBackup.restore(c, backup);
            }
            assertThat(there.sql("""
                    SELECT EXISTS (SELECT 1 FROM person WHERE id = :id) AND EXISTS (SELECT 1 FROM referral WHERE victim_id = :id)
                       AND NOT EXISTS (SELECT 1 FROM person_tombstone WHERE person_id = :id)""").param("id", s.victim())
                    .query(Boolean.class).single()).as("the backup holds her, with no tombstone").isTrue();

            try (ConfigurableApplicationContext again = TestRestore.startHearth(restored, secret, copy, tmp)) {
                assertThat(holding(there, s.victim())).as("tables holding her id after the restore and a start")
                        .isEmpty();
                assertThat(holding(there, s.twin())).as("the record merged into her goes with her").isEmpty();
                assertThat(there.sql("SELECT rule FROM person_tombstone WHERE person_id = ?").param(s.victim())
                        .query(String.class).single()).startsWith("Erased again after a restore (first erased ");
                assertThat(there.sql("SELECT count(*) FROM person WHERE family_name = ? AND given_name = 'Rowena'")
                        .param(s.family()).query(Long.class).single()).isZero();
                // the replay is audited, by ids alone
                List<Map<String, Object>> replayed = there.sql("""
                        SELECT actor_name, array_to_string(record_ids, ' ') AS ids, reason FROM audit_event
                        WHERE action = 'DELETE' AND record_type = 'person' AND ? = ANY (record_ids)
                          AND actor_name LIKE 'Hearth at start%'""").param(s.victim().toString()).query().listOfRows();
                assertThat(replayed).singleElement().satisfies(row -> assertThat(row.toString())
                        .contains("erasure ledger line").doesNotContain(s.family(), "Rowena", "1988-03-14", "NF1"));
                // the forged and the edited line erased no one, and each is in the audit trail
                assertThat(there.sql("SELECT count(*) FROM person WHERE id IN (?, ?)").params(s.perpetrator(),
                        s.child()).query(Long.class).single()).as("an edited or a forged line erases no one").isEqualTo(2);
                assertThat(there.sql("SELECT count(*) FROM person_tombstone WHERE person_id IN (?, ?)")
                        .params(s.perpetrator(), s.child()).query(Long.class).single()).isZero();
                assertThat(there.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'VERIFY' AND record_type = 'erasure-ledger'
                          AND actor_name LIKE 'Hearth at start%'""").query(Long.class).single()).isEqualTo(2);
            }
        } finally {
            TestRestore.drop();
        }
    }

    // ---- the search

    /** Every table (and column) of the public schema whose uuid, uuid[], text or jsonb column holds the id. */
    Set<String> holding(UUID id) {
        return holding(jdbc, id);
    }

    static Set<String> holding(JdbcClient jdbc, UUID id) {
        record Column(String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND (c.data_type IN ('uuid', 'text', 'character varying', 'jsonb', 'json')
                       OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_uuid', '_text')))
                ORDER BY 1, 2""").query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        Set<String> out = new TreeSet<>();
        for (Column c : columns) {
            if (ALLOWED.contains(c.table())) {
                continue;
            }
            String where = switch (c.type()) {
                case "uuid" -> "\"" + c.column() + "\" = CAST(:id AS uuid)";
                case "ARRAY" -> "CAST(:id AS text) = ANY (CAST(\"" + c.column() + "\" AS text[]))";
                default -> "CAST(\"" + c.column() + "\" AS text) LIKE '%' || :id || '%'";
            };
            boolean hit = jdbc.sql("SELECT EXISTS (SELECT 1 FROM \"" + c.table() + "\" WHERE " + where + ")")
                    .param("id", id.toString()).query(Boolean.class).single();
            if (hit) {
                out.add(c.table());
                out.add(c.table() + "." + c.column());
            }
        }
        return out;
    }

    /** Every table (and column) whose text or jsonb column holds {@code text}, whatever the case. */
    Set<String> naming(String text) {
        Set<String> out = new TreeSet<>();
        jdbc.sql("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'jsonb', 'json')""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().forEach(c -> {
                    if (!ALLOWED.contains(c.get(0)) && jdbc.sql(
                            "SELECT EXISTS (SELECT 1 FROM \"" + c.get(0) + "\" WHERE CAST(\"" + c.get(1)
                                    + "\" AS text) ILIKE '%' || ? || '%')").param(text).query(Boolean.class).single()) {
                        out.add(c.get(0) + "." + c.get(1));
                    }
                });
        return out;
    }

    List<UUID> found(Seeded s) {
        PersonDetails rowena = new PersonDetails("Rowena", s.family(), LocalDate.of(1988, 3, 14), null, Sex.FEMALE,
                null, null, null, false, Disability.NOT_KNOWN, null, null, null, null);
        return matcher.candidates(rowena, "NF1 2AB", 20).stream().map(c -> c.id().value()).toList();
    }

    // ---- the seed

    /**
     * A police referral naming a victim, a person causing harm and a child (through the pages), a second one recorded
     * as someone new and merged by the hub, a DASH; then a casework case, a death review and a Clare's Law application
     * through the modules' APIs; then what only another door or a background job makes, by SQL: a MARAC referral, an
     * order, sanctuary and refuge referrals, a hub case, a child's school and notification, a GP practice and
     * notification, a programme referral, a retention hold.
     */
    Seeded seed() {
        String family = Fixtures.uniqueName("Erase");
        WebSession police = new WebSession(port);
        StaffUser officer = fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER).user();
        police.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> f = new HashMap<>();
        f.put("incidentDate.day", String.valueOf(yesterday.getDayOfMonth()));
        f.put("incidentDate.month", String.valueOf(yesterday.getMonthValue()));
        f.put("incidentDate.year", String.valueOf(yesterday.getYear()));
        f.put("victimGivenName", "Rowena");
        f.put("victimFamilyName", family);
        f.put("victimDateOfBirth.day", "14");
        f.put("victimDateOfBirth.month", "3");
        f.put("victimDateOfBirth.year", "1988");
        f.put("victimSex", "FEMALE");
        f.put("victimPostcode", "NF1 2AB");
        f.put("perpetratorKnown", "true");
        f.put("perpetratorGivenName", "Dermot");
        f.put("perpetratorFamilyName", family);
        f.put("relationship", "INTIMATE_PARTNER");
        f.put("children[0].givenName", "Pip");
        f.put("children[0].familyName", family);
        f.put("children[0].age", "5");
        f.put("children[0].present", "true");
        f.put("abuseTypes", "PHYSICAL");
        f.put("consent", "GIVEN");
        f.put("narrative", "Synthetic test narrative.");
        police.open("/referrals/new");
        assertThat(police.post("/referrals/new", f).status()).isEqualTo(303);
        police.open("/referrals/check");
        Page sent = police.post("/referrals/submit", Map.of("victim", "new", "perpetrator", "new"));
        assertThat(sent.status()).isEqualTo(303);
        UUID referral = UUID.fromString(sent.location().replaceAll(".*/referrals/([^?]+).*", "$1"));
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(referral).query(UUID.class).single();
        UUID perpetrator = jdbc.sql("SELECT person_id FROM referral_perpetrator WHERE referral_id = ?").param(referral)
                .query(UUID.class).single();
        UUID child = jdbc.sql("SELECT person_id FROM referral_child WHERE referral_id = ?").param(referral)
                .query(UUID.class).single();

        // a second referral recorded as someone new, merged into her by the hub
        police.open("/referrals/new");
        f.put("perpetratorKnown", "false");
        f.remove("children[0].givenName");
        f.remove("children[0].familyName");
        f.remove("children[0].age");
        f.remove("children[0].present");
        assertThat(police.post("/referrals/new", f).status()).isEqualTo(303);
        police.open("/referrals/check");
        Page second = police.post("/referrals/submit", Map.of("victim", "new"));
        assertThat(second.status()).isEqualTo(303);
        UUID twin = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?")
                .param(UUID.fromString(second.location().replaceAll(".*/referrals/([^?]+).*", "$1")))
                .query(UUID.class).single();
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        String compare = "/people/duplicates/" + victim + "/" + twin;
        assertThat(hub.get(compare).status()).isEqualTo(200);
        assertThat(hub.post(compare + "/merge", Map.of("survivor", victim.toString(), "reason", "Same person"))
                .status()).isEqualTo(303);

        String risk = "/people/" + victim + "/risk";
        police.get(risk + "/new?questionnaire=SAFELIVES_RIC");
        LocalDate today = LocalDate.now();
        Map<String, String> dash = new HashMap<>(Map.of("questionnaire", "SAFELIVES_RIC", "version", "1",
                "assessedOn.day", String.valueOf(today.getDayOfMonth()), "assessedOn.month",
                String.valueOf(today.getMonthValue()), "assessedOn.year", String.valueOf(today.getYear()),
                "grade", "HIGH", "reason", ""));
        for (int n = 1; n <= 24; n++) {
            dash.put("answer-" + n, n <= 15 ? "YES" : "NO");
        }
        assertThat(police.post(risk, dash).status()).isEqualTo(303);

        // a casework case, through the module's API
        String idvaAgency = Fixtures.uniqueName("Erase IDVA ");
        StaffUser manager = fixtures.enrolledUserAt(idvaAgency, Role.PRACTITIONER).user();
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        CaseService service = services.create(fixtures.agency(idvaAgency).id(), null, ServiceKind.IDVA,
                Fixtures.uniqueName("Erase service "), 2, 60, 80);
        services.setWorker(service.id(), manager.id(), BigDecimal.ONE, true);
        actAs(officer);
        casework.refer(new PersonId(victim), service.id(), "High risk after a strangulation", CaseSource.PERSON_PAGE);
        // a death review naming her and him, and a Clare's Law application about him
        actAs(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user());
        reviews.notify(new Notification(Fixtures.uniqueName("Adult "), org.hearth.people.Named.known(new PersonId(victim)),
                org.hearth.people.Named.known(new PersonId(perpetrator)), today.minusDays(20), today.minusDays(10),
                officer.agency(), "Synthetic circumstances."));
        actAs(fixtures.enrolledUserAt("Northfield Police", Role.DISCLOSURE_TEAM).user());
        disclosures.apply(new NewApplication(Route.RIGHT_TO_ASK, today.minusDays(2), true, null, null,
                org.hearth.people.Named.known(new PersonId(victim)),
                org.hearth.people.Named.known(new PersonId(perpetrator)), false, null));
        SecurityContextHolder.clearContext();

        sqlSeed(victim, perpetrator, child, officer);
        Eventually.waitFor(() -> jdbc.sql("SELECT count(*) FROM insights_referral_fact WHERE victim_id = ?")
                .param(victim).query(Long.class).single() > 0, Duration.ofSeconds(20));
        return new Seeded(victim, twin, perpetrator, child, family);
    }

    private void sqlSeed(UUID victim, UUID perpetrator, UUID child, StaffUser officer) {
        UUID agency = officer.agency().value();
        UUID staff = officer.id().value();
        UUID area = UUID.randomUUID();
        jdbc.sql("INSERT INTO area (id, partnership_id, name, population) VALUES (?, (SELECT id FROM partnership LIMIT 1), ?, 100000)")
                .params(area, Fixtures.uniqueName("Erase Area ")).update();
        UUID marac = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO marac_referral (id, reference, victim_id, source, referred_on, referred_by_name,
                    referring_agency_id, criteria, evidence, consent, repeat)
                VALUES (?, ?, ?, 'PERSON_PAGE', current_date, 'Officer', ?, ARRAY['VISIBLE_HIGH_RISK'], 'Evidence', 'GIVEN', false)""")
                .params(marac, Fixtures.uniqueName("MR-"), victim, agency).update();
        jdbc.sql("INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id) VALUES (?, ?)")
                .params(marac, perpetrator).update();
        UUID order = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, made_at, starts_on,
                    recorded_by_name, agency_id)
                VALUES (?, ?, (SELECT code FROM order_type LIMIT 1), ?, 'POLICE', now(), current_date, 'Officer', ?)""")
                .params(order, Fixtures.uniqueName("PO-"), perpetrator, agency).update();
        jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)").params(order, victim).update();
        jdbc.sql("""
                INSERT INTO sanctuary_referral (id, reference, person_id, referred_on, address_line1, town, postcode,
                    victim_chooses, perpetrator_absent, tenure, referring_agency_id, referred_by, coordinator_id)
                VALUES (?, ?, ?, current_date, '1 Test Street', 'Northfield', 'NF1 2AB', true, true, 'OWNER', ?, ?, ?)""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("SR-"), victim, agency, staff, staff).update();
        UUID provider = UUID.randomUUID();
        jdbc.sql("INSERT INTO refuge_provider (id, name, area_id, places) VALUES (?, ?, ?, 5)")
                .params(provider, Fixtures.uniqueName("Erase Refuge "), area).update();
        jdbc.sql("""
                INSERT INTO refuge_referral (id, reference, person_id, provider_id, referred_on, referring_agency_id, referred_by)
                VALUES (?, ?, ?, ?, current_date, ?, ?)""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("RR-"), victim, provider, agency, staff).update();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("INSERT INTO hub_meeting (id, area_id, meets_on, window_from, opened_by) VALUES (?, ?, current_date, current_date - 1, ?)")
                .params(meeting, area, staff).update();
        UUID hubCase = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id, position,
                    perpetrator_ids, child_ids)
                VALUES (?, ?, ?, 'F', 'IMPORT', current_date, ?, 1, ARRAY[CAST(? AS uuid)], ARRAY[CAST(? AS uuid)])""")
                .params(hubCase, meeting, UUID.randomUUID(), victim, perpetrator, child).update();
        UUID school = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, 'PRIMARY', 'Dana Lead', 'dana@school.example.test')""")
                .params(school, area, Fixtures.uniqueName("Erase Primary ")).update();
        jdbc.sql("INSERT INTO child_school (child_id, school_id) VALUES (?, ?)").params(child, school).update();
        jdbc.sql("""
                INSERT INTO encompass_notification (id, referral_id, child_id, school_id, police_force, due_at)
                VALUES (?, ?, ?, ?, 'Test Police', now())""").params(UUID.randomUUID(), UUID.randomUUID(), child, school)
                .update();
        UUID practice = UUID.randomUUID();
        String ods = "E" + String.format("%05d", (int) (Math.random() * 100000));
        jdbc.sql("""
                INSERT INTO gp_practice (id, area_id, name, ods_code, contact_name, contact_email)
                VALUES (?, ?, ?, ?, 'Dr Test', 'gp@practice.example.test')""")
                .params(practice, area, Fixtures.uniqueName("Erase Surgery "), ods).update();
        jdbc.sql("INSERT INTO person_gp_practice (person_id, practice_id) VALUES (?, ?)").params(victim, practice).update();
        jdbc.sql("""
                INSERT INTO gp_notification (id, practice_id, person_id, part, source, source_id, decided_on, contact)
                VALUES (?, ?, ?, 'VICTIM', 'HUB', ?, current_date, 'Safe to call')""")
                .params(UUID.randomUUID(), practice, victim, hubCase).update();
        UUID programme = UUID.randomUUID();
        jdbc.sql("INSERT INTO perpetrator_programme (id, agency_id, name, court_mandated, places) VALUES (?, ?, ?, false, 10)")
                .params(programme, agency, Fixtures.uniqueName("Erase Programme ")).update();
        jdbc.sql("""
                INSERT INTO programme_referral (id, reference, programme_id, person_id, partner_person_id, referred_on,
                    referred_by, reason, status)
                VALUES (?, ?, ?, ?, ?, current_date, ?, 'Voluntary', 'REFERRED')""")
                .params(UUID.randomUUID(), Fixtures.uniqueName("PR-"), programme, perpetrator, victim, staff).update();
        jdbc.sql("""
                INSERT INTO retention_hold (id, person_id, kind, reason, held_by, released_by, released_at)
                VALUES (?, ?, 'OTHER', 'Released hold', ?, ?, now())""")
                .params(UUID.randomUUID(), victim, staff, staff).update();
        // a released subject access request of the victim's, one of the perpetrator's whose reviewed item names her,
        // and a correction of her record
        UUID hers = UUID.randomUUID();
        UUID his = UUID.randomUUID();
        for (Object[] r : List.of(new Object[] {hers, victim, "PERSON_AT_RISK"},
                new Object[] {his, perpetrator, "PERSON_CAUSING_HARM"})) {
            jdbc.sql("""
                    INSERT INTO subject_access_request (id, reference, received_on, requester_name, requester_role,
                        identity_checked_on, identity_evidence, person_id, due_on, released_at, released_by_name,
                        agency_id, recorded_by, recorded_by_name)
                    VALUES (?, ?, current_date - 40, 'The requester', ?, current_date - 39, 'Passport', ?,
                        current_date - 10, now(), 'Officer', ?, ?, 'Officer')""")
                    .params(r[0], Fixtures.uniqueName("SAR-"), r[2], r[1], agency, staff).update();
        }
        // his request's package as released to him, naming her (released after review) beside his own lines
        String family = jdbc.sql("SELECT family_name FROM person WHERE id = ?").param(perpetrator).query(String.class)
                .single();
        jdbc.sql("UPDATE subject_access_request SET released_package = ? WHERE id = ?")
                .params(releasedPackage("Dermot " + family, "Rowena " + family), his).update();
        jdbc.sql("""
                INSERT INTO subject_access_review (request_id, item_key, decision, reason, reviewed_by_name)
                VALUES (?, ?, 'KEEP_REDACTED', 'A third party', 'Officer')""")
                .params(his, "person:" + victim + ":name").update();
        jdbc.sql("""
                INSERT INTO person_correction (id, person_id, field, old_value, new_value, reason, requested_by,
                    recorded_by, recorded_by_name) VALUES (?, ?, 'GIVEN_NAME', 'Old', 'New', 'Misspelt', 'Herself', ?,
                    'Officer')""").params(UUID.randomUUID(), victim, staff).update();
        // a correction of her record proposed on her request, rejected by a second officer
        jdbc.sql("""
                INSERT INTO subject_access_correction (id, request_id, person_id, agency_id, field, old_value,
                    new_value, reason, requested_by, proposed_by, proposed_by_name, decision, decided_by,
                    decided_by_name, decided_at, decision_reason)
                VALUES (?, ?, ?, ?, 'FAMILY_NAME', 'Old', 'Newer', 'Misspelt', 'Herself', ?, 'Officer', 'REJECTED', ?,
                    'Second officer', now(), 'No evidence')""")
                .params(UUID.randomUUID(), hers, victim, agency, staff, UUID.randomUUID()).update();
    }

    /** A released package (as {@code SubjectAccessPackage} is kept as JSON) of his naming her in four ways. */
    static String releasedPackage(String him, String her) {
        return """
                {"reference":"SAR-T","personName":"%1$s","receivedOn":"2026-01-05","producedOn":"2026-01-30",
                 "released":true,"releasedTo":"%1$s","redactions":[{"item":2,"why":"names another person"}],
                 "sections":[{"title":"Referrals","entries":[{"heading":"Referral of %2$s","lines":[
                   {"label":"Person causing harm","value":"%1$s","item":null,"redacted":false},
                   {"label":"Victim","value":"%2$s","item":1,"redacted":false},
                   {"label":"Her date of birth","value":"14 March 1988","item":3,"redacted":false},
                   {"label":"Address","value":"NF1 2AB","item":4,"redacted":false},
                   {"label":"Narrative","value":"ROWENA said he took her phone","item":5,"redacted":false},
                   {"label":"Victim's address","value":"Withheld (item 2): names another person","item":2,
                    "redacted":true}]}]}]}""".formatted(him, her);
    }
}
