package org.hearth.encompass.internal;

import org.hearth.platform.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralReceived;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.ReferralsReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From the front door to Operation Encompass through the {@code ReferralReceived} event: a police referral's
 * school-age child with no known school lands on the hub's attention list, a younger one on the health visiting
 * list; another agency's referral naming a child becomes a "consider sharing" task, not a notification. A school
 * set from the child's person page by a hub coordinator resolves the child's entries on the attention list and
 * notifies that school; set by anyone else, it links the school only.
 */
@HearthIntegrationTest
class EncompassFromReferralsTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Encompass encompass;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private long audited(UUID actor, String id, String reason) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND ? = ANY(record_ids) AND reason = ?")
                .params(actor, id, reason).query(Long.class).single();
    }

    /** A school in a new area of its own, with its designated safeguarding lead. */
    private UUID school(String name) {
        AreaId area = partnerships.addArea(Fixtures.uniqueName(name + " Area"), 20_000).id();
        UUID school = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, ?, 'PRIMARY', 'Dana Lead', 'dana@school.example.test')""")
                .params(school, area.value(), Fixtures.uniqueName(name + " "),
                        String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000))).update();
        return school;
    }

    private static String unique() {
        return "Qe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (c <= '9' ? c - '0' + 'g' : c))).reduce("", String::concat);
    }

    private String token(String agency) {
        fixtures.agency(agency);
        String agencyId = jdbc.sql("SELECT id FROM agency WHERE name = ?").param(agency).query(UUID.class).single()
                .toString();
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUserAt("Hearth Admin Team", Role.SYSTEM_ADMIN));
        String csrf = admin.open("/admin/api-clients/new").csrf();
        List<String> fields = new ArrayList<>(List.of("name=" + unique(), "agency=" + agencyId,
                "scopes=referrals:write", "_csrf=" + java.net.URLEncoder.encode(csrf,
                        java.nio.charset.StandardCharsets.UTF_8)));
        Page created = admin.send(HttpRequest.newBuilder(admin.uri("/admin/api-clients"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.html().selectFirst("#token").text();
    }

    private UUID refer(String token, String children) {
        String json = """
                {"referrerName": "PC Dana Wells", "incidentDate": "%s", "incidentTime": "22:15",
                 "policeReference": "%s",
                 "victim": {"givenName": "Fern", "familyName": "%s", "dateOfBirth": "1990-01-01", "sex": "FEMALE"},
                 "perpetrators": [],
                 "children": %s,
                 "relationship": "INTIMATE_PARTNER", "abuseTypes": ["PHYSICAL"],
                 "consent": "GIVEN", "narrative": "Officers attended after a neighbour called."}
                """.formatted(LocalDate.now().minusDays(1), "NP/" + unique(), unique(), children);
        WebSession web = new WebSession(port);
        Page answer = web.send(HttpRequest.newBuilder(web.uri("/api/referrals"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return UUID.fromString(answer.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1"));
    }

    long count(String table, UUID referral) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE referral_id = ?").param(referral)
                .query(Long.class).single();
    }

    @Test
    void aPoliceReferralsChildrenAreNeverDropped() {
        UUID referral = refer(token("Northshire Police"), """
                [{"givenName": "Hal", "familyName": "%s", "age": 9, "present": true},
                 {"givenName": "Ivy", "familyName": "%s", "age": 1, "present": false}]"""
                .formatted(unique(), unique()));
        Eventually.waitFor(() -> count("encompass_attention", referral) == 1
                && count("encompass_health_visiting", referral) == 1, Duration.ofSeconds(20));
        assertThat(count("encompass_share_task", referral)).isZero();
    }

    @Test
    void anotherAgencysReferralWithChildrenAsksTheHubToConsiderSharing() {
        UUID referral = refer(token("Northshire Women's Aid"), """
                [{"givenName": "Jo", "familyName": "%s", "age": 10, "present": true}]""".formatted(unique()));
        Eventually.waitFor(() -> count("encompass_share_task", referral) == 1, Duration.ofSeconds(20));
        assertThat(count("encompass_attention", referral)).isZero();
        assertThat(count("encompass_notification", referral)).isZero();

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(hub.get("/").body()).contains("Consider sharing with schools");
    }

    @Test
    void aSchoolSetOnTheChildsPersonPageResolvesTheirAttentionEntryAndNotifiesTheSchool() {
        UUID referral = refer(token("Northshire Police"), """
                [{"givenName": "Kit", "familyName": "%s", "age": 10, "present": true}]""".formatted(unique()));
        Eventually.waitFor(() -> count("encompass_attention", referral) == 1, Duration.ofSeconds(20));
        UUID child = jdbc.sql("SELECT child_id FROM encompass_attention WHERE referral_id = ?").param(referral)
                .query(UUID.class).single();
        UUID attention = jdbc.sql("SELECT id FROM encompass_attention WHERE referral_id = ?").param(referral)
                .query(UUID.class).single();
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Person Page School Area"), 20_000).id();
        UUID school = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, ?, 'PRIMARY', 'Dana Lead', 'dana@school.example.test')""")
                .params(school, area.value(), Fixtures.uniqueName("Rowan Primary "),
                        String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000))).update();
        var practitioner = fixtures.enrolledUserAt(Fixtures.uniqueName("Encompass Person Page "), Role.PRACTITIONER);
        fixtures.grant(child, practitioner.user().agency().value(), "RECORDED");

        WebSession web = new WebSession(port);
        web.signIn(practitioner);
        assertThat(web.post("/people/" + child + "/school", Map.of("school", school.toString())).status())
                .isEqualTo(303);

        // a practitioner's choice links the school only: the hub still chooses for the incident (a wrong school must
        // not be sent the incident's details)
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_attention WHERE referral_id = ? AND resolved_at IS NULL")
                .param(referral).query(Long.class).single()).as("left for the hub").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_notification WHERE referral_id = ? AND child_id = ?")
                .params(referral, child).query(Long.class).single()).as("nothing sent").isZero();

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        assertThat(hub.post("/people/" + child + "/school", Map.of("school", school.toString())).status())
                .isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_attention WHERE referral_id = ? AND resolved_at IS NULL")
                .param(referral).query(Long.class).single()).as("the attention entry is resolved").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_notification WHERE referral_id = ? AND child_id = ? "
                + "AND school_id = ?").params(referral, child, school).query(Long.class).single())
                .as("the school is notified of the incident, as if the hub had chosen it").isEqualTo(1);

        assertThat(hub.get("/encompass").body()).as("the hub need not choose the school again")
                .doesNotContain("attention-" + attention);
    }

    /**
     * The hub choosing a school on the attention list ({@code Encompass.resolve}): refused to anyone but the hub,
     * even someone holding a ground on the child (nothing linked, resolved or sent; the clock and the list refused
     * too); the hub's list names the children and is audited as a search naming them; each choice links that child's
     * school, sends that school the incident for that child only, once, resolves the entry (audited on the child),
     * and cannot be made twice. The figures count what was sent, for the figures' roles only.
     */
    @Test
    void theHubChoosingASchoolOnTheAttentionListNotifiesThatSchoolOfThatChildOnceAndNobodyElseMayChoose() {
        String lioFamily = unique();
        String maeFamily = unique();
        UUID referral = refer(token("Northshire Police"), """
                [{"givenName": "Lio", "familyName": "%s", "age": 8, "present": true},
                 {"givenName": "Mae", "familyName": "%s", "age": 9, "present": false}]"""
                .formatted(lioFamily, maeFamily));
        Eventually.waitFor(() -> count("encompass_attention", referral) == 2, Duration.ofSeconds(20));
        Map<String, UUID> children = new java.util.HashMap<>();
        Map<String, UUID> entries = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT p.given_name, a.child_id, a.id FROM encompass_attention a JOIN person p ON p.id = a.child_id
                WHERE a.referral_id = ?""").param(referral).query(rs -> {
                    children.put(rs.getString(1), rs.getObject(2, UUID.class));
                    entries.put(rs.getString(1), rs.getObject(3, UUID.class));
                });
        UUID lio = children.get("Lio");
        UUID mae = children.get("Mae");
        UUID attention = entries.get("Lio");
        UUID lioSchool = school("Attention List Primary");
        UUID maeSchool = school("Attention List Juniors");
        String sent = "SELECT count(*) FROM encompass_notification WHERE referral_id = ? AND child_id = ? AND school_id = ?";
        String open = "SELECT count(*) FROM encompass_attention WHERE id = ? AND resolved_at IS NULL";

        var practitioner = fixtures.enrolledUserAt(Fixtures.uniqueName("Encompass Attention "), Role.PRACTITIONER);
        fixtures.grant(lio, practitioner.user().agency().value(), "RECORDED");
        for (StaffUser stranger : List.of(practitioner.user(), fixtures.enrolledUser(Role.ANALYST).user(),
                fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user())) {
            actAs(stranger);
            assertThatThrownBy(() -> encompass.resolve(attention, new SchoolId(lioSchool))).as(stranger.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> encompass.attention()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> encompass.clock()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> encompass.acknowledgedSince(java.time.Instant.now()))
                    .isInstanceOf(AccessDeniedException.class);
            signOut();
        }
        actAs(practitioner.user());
        assertThatThrownBy(() -> encompass.figures(LocalDate.now(org.hearth.platform.Dates.UK), LocalDate.now(org.hearth.platform.Dates.UK)))
                .isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThat(jdbc.sql(open).param(attention).query(Long.class).single()).as("still open").isEqualTo(1);
        assertThat(jdbc.sql(sent).params(referral, lio, lioSchool).query(Long.class).single()).as("nothing sent").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM child_school WHERE child_id = ?").param(lio).query(Long.class)
                .single()).as("no school linked").isZero();

        StaffUser hub = fixtures.enrolledUser(Role.HUB_COORDINATOR).user();
        actAs(hub);
        assertThat(encompass.attention()).filteredOn(a -> a.id().equals(attention))
                .singleElement().satisfies(a -> {
                    assertThat(a.childId()).isEqualTo(lio);
                    assertThat(a.referralId()).isEqualTo(referral);
                    assertThat(a.childName()).isEqualTo("Lio " + lioFamily);
                });
        assertThat(audited(hub.id().value(), lio.toString(), "Operation Encompass attention list")).isEqualTo(1);

        encompass.resolve(attention, new SchoolId(lioSchool));
        encompass.resolve(entries.get("Mae"), new SchoolId(maeSchool));
        assertThat(jdbc.sql(open).param(attention).query(Long.class).single()).as("resolved").isZero();
        assertThat(jdbc.sql(sent).params(referral, lio, lioSchool).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(sent).params(referral, mae, maeSchool).query(Long.class).single())
                .as("each school is sent its own child").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM encompass_notification WHERE referral_id = ?").param(referral)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT police_force FROM encompass_notification WHERE referral_id = ? AND child_id = ?")
                .params(referral, lio).query(String.class).single()).isEqualTo("Northshire Police");
        assertThat(jdbc.sql("SELECT school_id FROM child_school WHERE child_id = ?").param(lio).query(UUID.class)
                .single()).isEqualTo(lioSchool);
        assertThat(audited(hub.id().value(), lio.toString(), "school found for a notification")).isEqualTo(1);
        assertThat(encompass.clock()).filteredOn(c -> c.referralId().equals(referral)).hasSize(2)
                .allSatisfy(c -> assertThat(c.acknowledgedAt()).isNull());
        assertThat(encompass.attention()).extracting(a -> a.id()).doesNotContain(attention);

        assertThatThrownBy(() -> encompass.resolve(attention, new SchoolId(lioSchool))).as("resolved once")
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(jdbc.sql(sent).params(referral, lio, lioSchool).query(Long.class).single()).isEqualTo(1);
        signOut();

        actAs(fixtures.enrolledUser(Role.ANALYST).user());
        assertThat(encompass.figures(LocalDate.now(org.hearth.platform.Dates.UK), LocalDate.now(org.hearth.platform.Dates.UK)).made()).isGreaterThanOrEqualTo(2);
    }

    private void clear(List<UUID> referrals) {
        UUID[] ids = referrals.toArray(UUID[]::new);
        for (String table : List.of("encompass_attention", "encompass_health_visiting", "encompass_share_task",
                "encompass_notification")) {
            jdbc.sql("DELETE FROM " + table + " WHERE referral_id = ANY(?)").param(ids).update();
        }
    }

    /** What Operation Encompass wrote for these referrals, without its generated ids and times. */
    private List<String> written(List<UUID> referrals) {
        UUID[] ids = referrals.toArray(UUID[]::new);
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'attention', referral_id, child_id, area_id, reason, resolved_at)
                FROM encompass_attention WHERE referral_id = ANY(?)""").param(ids).query(String.class).list());
        rows.addAll(jdbc.sql("SELECT concat_ws('|', 'health visiting', referral_id, child_id) "
                + "FROM encompass_health_visiting WHERE referral_id = ANY(?)").param(ids).query(String.class).list());
        rows.addAll(jdbc.sql("SELECT concat_ws('|', 'share', referral_id, children, done_at) "
                + "FROM encompass_share_task WHERE referral_id = ANY(?)").param(ids).query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'notification', referral_id, child_id, school_id, police_force, police_reference,
                    incident_on, incident_time, child_present, child_name, child_dob, summary, due_at)
                FROM encompass_notification WHERE referral_id = ANY(?)""").param(ids).query(String.class).list());
        java.util.Collections.sort(rows);
        return rows;
    }

    /** Reads audited as Operation Encompass's of these referrals and of the people they name. */
    private long reads(List<UUID> referrals) {
        String[] ids = referrals.stream().map(UUID::toString).toArray(String[]::new);
        return jdbc.sql("""
                SELECT count(*) FROM audit_event e, unnest(e.record_ids) AS x(id)
                WHERE e.action = 'READ' AND e.actor_name = ? AND (
                    (e.record_type = 'referral' AND x.id = ANY(?))
                    OR (e.record_type = 'person' AND x.id IN (
                        SELECT c.person_id::text FROM referral_child c WHERE c.referral_id::text = ANY(?))))""")
                .params(IncidentNotifier.READER, ids, ids).query(Long.class).single();
    }

    private boolean heard(List<UUID> referrals, int rows) {
        return written(referrals).size() == rows;
    }

    /**
     * A chunk of the police import is heard as one {@code ReferralsReceived}, handled in a few statements: it writes
     * exactly what its referrals heard one by one ({@code ReferralReceived}) write, and audits the same reads. Every
     * outcome is in the chunk: a school-age child with no known school (attention), one whose school is known
     * (notification), a baby (health visiting), a referral naming no child, and
     * another agency's referral (a task to consider sharing).
     */
    @Test
    void aChunkHeardAsOneEventWritesWhatItsReferralsHeardOneByOneWrite() {
        String police = token("Northshire Police");
        String family = unique();
        UUID a = refer(police, """
                [{"givenName": "Lark", "familyName": "%s", "age": 9, "present": true},
                 {"givenName": "Moss", "familyName": "%s", "age": 1, "present": false},
                 {"givenName": "Nell", "familyName": "%s", "dateOfBirth": "2014-02-03", "present": true}]"""
                .formatted(family, family, family));
        UUID b = refer(police, "[]");
        UUID c = refer(token("Northshire Women's Aid"), """
                [{"givenName": "Pip", "familyName": "%s", "age": 8, "present": true}]""".formatted(unique()));
        UUID d = refer(police, """
                [{"givenName": "Quin", "familyName": "%s", "age": 12, "present": true}]""".formatted(unique()));
        List<UUID> referrals = List.of(a, b, c, d);
        // as the API door's events left them: Lark, Nell and Quin on the attention list, Moss for health visiting
        Eventually.waitFor(() -> heard(referrals, 5), Duration.ofSeconds(30));

        // Nell's school becomes known
        UUID nell = jdbc.sql("""
                SELECT rc.person_id FROM referral_child rc JOIN person p ON p.id = rc.person_id
                WHERE rc.referral_id = ? AND p.given_name = 'Nell'""").param(a).query(UUID.class).single();
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Chunk School Area"), 20_000).id();
        UUID school = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, urn, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, ?, 'PRIMARY', 'Dana Lead', 'dana@school.example.test')""")
                .params(school, area.value(), Fixtures.uniqueName("Alder Primary "),
                        String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000))).update();
        jdbc.sql("INSERT INTO child_school (child_id, school_id) VALUES (?, ?)").params(nell, school).update();

        List<ReferralReceived> events = jdbc.sql("""
                SELECT id, victim_id, referring_agency_id, source FROM referral WHERE id = ANY(?)""")
                .param(referrals.toArray(UUID[]::new))
                .query((rs, n) -> new ReferralReceived(new ReferralId(rs.getObject(1, UUID.class)),
                        new PersonId(rs.getObject(2, UUID.class)), new AgencyId(rs.getObject(3, UUID.class)),
                        ReferralSource.valueOf(rs.getString(4)))).list();
        assertThat(events).hasSize(4);

        // one by one
        clear(referrals);
        long before = reads(referrals);
        events.forEach(e -> tx.executeWithoutResult(s -> publisher.publishEvent(e)));
        Eventually.waitFor(() -> heard(referrals, 5) && reads(referrals) - before == 4 + 4,
                Duration.ofSeconds(30));
        List<String> oneByOne = written(referrals);
        assertThat(oneByOne).hasSize(5)
                .anyMatch(r -> r.startsWith("notification|" + a + "|" + nell + "|" + school + "|"))
                .anyMatch(r -> r.startsWith("health visiting|" + a + "|"))
                .anyMatch(r -> r.startsWith("share|" + c + "|1"))
                .filteredOn(r -> r.startsWith("attention|")).hasSize(2);
        assertThat(reads(referrals) - before).as("each referral read, and each child of a police referral")
                .isEqualTo(4 + 4);

        // as a chunk
        clear(referrals);
        long between = reads(referrals);
        tx.executeWithoutResult(s -> publisher.publishEvent(new ReferralsReceived(events)));
        Eventually.waitFor(() -> heard(referrals, 5) && reads(referrals) - between == 4 + 4,
                Duration.ofSeconds(30));
        assertThat(written(referrals)).isEqualTo(oneByOne);
        assertThat(reads(referrals) - between).isEqualTo(4 + 4);
    }
}
