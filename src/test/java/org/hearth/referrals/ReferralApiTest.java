package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.partnership.AgencyId;
import org.hearth.people.Disability;
import org.hearth.people.PersonDetails;
import org.hearth.people.Sex;
import org.hearth.referrals.internal.IncomingReferral;
import org.hearth.referrals.internal.Intake;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Systems send referrals with scoped API tokens that administrators issue and revoke. */
@HearthIntegrationTest
class ReferralApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Intake intake;

    private static String unique() {
        // letters only, always 8 of them (hex digits shifted into letters)
        return "Qa" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (c <= '9' ? c - '0' + 'g' : c))).reduce("", String::concat);
    }

    /** An administrator's session, for issuing tokens. */
    private WebSession admin() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Hearth Admin Team", Role.SYSTEM_ADMIN));
        return web;
    }

    private String agencyId(String name) {
        fixtures.agency("Hearth Admin Team");
        return partnerships.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseGet(() -> partnerships.createAgency(new AgencyDetails(name, Sector.POLICE, true, null, true)))
                .id().toString();
    }

    /** Creates a client through the admin pages; returns its token (shown once). */
    private String token(WebSession admin, String clientName, String agency, String... scopes) {
        admin.open("/admin/api-clients/new");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("name", clientName));
        fields.add(Map.entry("agency", agencyId(agency)));
        for (String s : scopes) {
            fields.add(Map.entry("scopes", s));
        }
        fields.add(Map.entry("_csrf", admin.open("/admin/api-clients/new").csrf()));
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .reduce((a, b) -> a + "&" + b).orElse("");
        Page created = admin.send(HttpRequest.newBuilder(admin.uri("/admin/api-clients"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String token = created.html().selectFirst("#token").text();
        assertThat(token).startsWith("hearth_").hasSizeGreaterThan(40);
        return token;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Page post(String token, String json, String idempotencyKey) {
        WebSession web = new WebSession(port);
        HttpRequest.Builder request = HttpRequest.newBuilder(web.uri("/api/referrals"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return web.send(request);
    }

    private Page get(String token, String path) {
        WebSession web = new WebSession(port);
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    static String referral(String policeRef, String victimFamily, String victimDob) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        return """
                {"referrerName": "PC Dana Wells", "incidentDate": "%s", "incidentTime": "22:15",
                 "policeReference": "%s",
                 "victim": {"givenName": "Fern", "familyName": "%s", "dateOfBirth": "%s", "sex": "FEMALE",
                            "postcode": "NF1 2AB"},
                 "perpetrators": [{"givenName": "Gary", "familyName": "%s", "dateOfBirth": "1985-06-01"}],
                 "children": [{"givenName": "Hal", "familyName": "%s", "age": 6, "present": true}],
                 "relationship": "INTIMATE_PARTNER", "abuseTypes": ["PHYSICAL", "COERCIVE_CONTROL"],
                 "consent": "GIVEN", "narrative": "Officers attended after a neighbour called; victim injured."}
                """.formatted(yesterday, policeRef, victimFamily, victimDob, unique(), victimFamily);
    }

    @Test
    void tokensAreCheckedAndScopesEnforced() {
        WebSession admin = admin();
        String writerName = "Feed " + unique();
        String writer = token(admin, writerName, "Northfield Police", "referrals:write");
        String readerName = "Reader " + unique();
        String reader = token(admin, readerName, "Northfield Police", "referrals:read");
        String body = referral("NP/" + unique(), unique(), "1990-04-12");

        Page none = post(null, body, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");

        Page unknown = post("hearth_" + "x".repeat(43), body, null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":401");

        Page wrongScope = post(reader, body, null);
        assertThat(wrongScope.status()).isEqualTo(403);
        assertThat(wrongScope.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get(writer, "/api/referrals/" + UUID.randomUUID()).status()).as("read needs referrals:read")
                .isEqualTo(403);
        assertThat(get(writer, "/api/me").status()).as("a client reaches only its endpoints").isEqualTo(403);

        Page ok = post(writer, body, null);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.header("Set-Cookie")).as("stateless: no session").isNull();

        // a token ends: past its end it is refused, and the list says it ended
        Page listed = admin.open("/admin/api-clients");
        assertThat(listed.html().select("#api-clients tr").stream().filter(r -> r.text().contains(readerName))
                .findFirst().orElseThrow().text()).contains("Active")
                .contains(java.time.LocalDate.now().plusYears(1).getYear() + "");
        jdbc.sql("UPDATE api_client SET expires_at = now() - interval '1 second' WHERE name = ?").param(readerName)
                .update();
        assertThat(get(reader, "/api/referrals/" + UUID.randomUUID()).status()).as("an ended token").isEqualTo(401);
        assertThat(admin.open("/admin/api-clients").html().select("#api-clients tr").stream()
                .filter(r -> r.text().contains(readerName)).findFirst().orElseThrow().text()).contains("Ended");

        // revoked: the token stops working at once
        Page list = admin.open("/admin/api-clients");
        assertThat(list.body()).doesNotContain(writer);
        var revoke = list.html().select("form[action$=/revoke]").stream()
                .filter(f -> f.closest("tr").text().contains(writerName)).findFirst().orElseThrow();
        Page revoked = admin.post(revoke.attr("action").replace("http://localhost:" + port, ""), Map.of());
        assertThat(revoked.status()).isEqualTo(303);
        Page after = post(writer, referral("NP/" + unique(), unique(), "1990-04-12"), null);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void referralIsRecordedAuditedAsTheClientAndReadBackByItsAgencyOnly() {
        WebSession admin = admin();
        String clientName = "Feed " + unique();
        String token = token(admin, clientName, "Northfield Police", "referrals:write", "referrals:read");
        String other = token(admin, "Other " + unique(), "Southfield Police", "referrals:read");
        String policeRef = "NP/" + unique();

        Page created = post(token, referral(policeRef, unique(), "1990-04-12"), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim();
        assertThat(created.body()).containsPattern("\"reference\":\"R\\d{4}-\\d{6}\"");
        assertThat(created.header("Location")).endsWith("/api/referrals/" + id);

        Map<String, Object> row = jdbc.sql("SELECT source, api_client_id, referrer_user_id FROM referral WHERE id = ?")
                .param(UUID.fromString(id)).query().singleRow();
        assertThat(row.get("source")).isEqualTo("API");
        assertThat(row.get("api_client_id")).isNotNull();
        assertThat(row.get("referrer_user_id")).isNull();
        assertThat(jdbc.sql("SELECT actor_name FROM audit_event WHERE action = 'CREATE' AND record_type = 'referral' AND ? = ANY(record_ids)")
                .param(id).query(String.class).single()).isEqualTo("api:" + clientName);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant g JOIN referral r ON r.victim_id = g.person_id "
                + "WHERE r.id = ? AND g.agency_id = r.referring_agency_id AND g.ground = 'REFERRER' AND g.ended_at IS NULL")
                .param(UUID.fromString(id)).query(Integer.class).single())
                .as("the client's agency is granted the new victim's record as referrer").isEqualTo(1);

        Page read = get(token, "/api/referrals/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains(policeRef).contains("AWAITING_TRIAGE");
        Page otherAgency = get(other, "/api/referrals/" + id);
        assertThat(otherAgency.status()).isEqualTo(404);
        assertThat(otherAgency.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get(token, "/api/referrals/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void thePolicesDashGradeAndScoreAreRecordedAndABadOneIsAProblemDetail() {
        WebSession admin = admin();
        String token = token(admin, "Dash " + unique(), "Northfield Police", "referrals:write", "referrals:read");
        String graded = referral("NP/" + unique(), unique(), "1990-04-12")
                .replace("\"consent\": \"GIVEN\"", "\"consent\": \"GIVEN\", \"dashGrade\": \"MEDIUM\", \"dashScore\": 12");
        Page created = post(token, graded, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim();
        assertThat(get(token, "/api/referrals/" + id).body()).contains("\"dashGrade\":\"MEDIUM\"")
                .contains("\"dashScore\":12");

        String ref = "NP/" + unique();
        Page refused = post(token, referral(ref, unique(), "1990-04-12")
                .replace("\"consent\": \"GIVEN\"", "\"consent\": \"GIVEN\", \"dashScore\": 28"), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"dashScore\"").contains("0 to 27");
        Page unknown = post(token, referral(ref, unique(), "1990-04-12")
                .replace("\"consent\": \"GIVEN\"", "\"consent\": \"GIVEN\", \"dashGrade\": \"SEVERE\""), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("dashGrade");
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(ref).query(Integer.class)
                .single()).as("nothing written").isZero();
    }

    @Test
    void repeatedRequestWithTheSameKeyGetsTheFirstAnswer() {
        String token = token(admin(), "Feed " + unique(), "Northfield Police", "referrals:write");
        String policeRef = "NP/" + unique();
        String body = referral(policeRef, unique(), "1990-04-12");
        String key = UUID.randomUUID().toString();

        Page first = post(token, body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Page again = post(token, body, key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ?").param(policeRef)
                .query(Integer.class).single()).isEqualTo(1);

        Page different = post(token, referral("NP/" + unique(), unique(), "1990-04-12"), key);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void invalidRequestsAreProblemsNamingTheField() {
        String token = token(admin(), "Feed " + unique(), "Northfield Police", "referrals:write");

        Page malformed = post(token, "{\"referrerName\": ", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        Page unknownField = post(token, referral("NP/" + unique(), unique(), "1990-04-12")
                .replaceFirst("\\{", "{\"favouriteColour\": \"blue\", "), null);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("\"field\":\"favouriteColour\"");

        Page badDate = post(token, referral("NP/" + unique(), unique(), "1990-02-30"), null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"victim.dateOfBirth\"").doesNotContain("1990-02-30");

        Page badCode = post(token, referral("NP/" + unique(), unique(), "1990-04-12")
                .replace("\"GIVEN\"", "\"MAYBE\""), null);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("\"field\":\"consent\"").contains("OVERRIDDEN");

        String invalid = referral("NP/" + unique(), "", "1990-04-12")
                .replace("\"GIVEN\"", "\"OVERRIDDEN\"")
                .replace("\"abuseTypes\": [\"PHYSICAL\", \"COERCIVE_CONTROL\"]", "\"abuseTypes\": []")
                .replace("\"age\": 6", "\"age\": 19");
        Page fields = post(token, invalid, null);
        assertThat(fields.status()).isEqualTo(400);
        assertThat(fields.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields.body()).contains("\"field\":\"victim.familyName\"").contains("\"field\":\"abuseTypes\"")
                .contains("\"field\":\"consentBasis\"").contains("\"field\":\"consentReason\"")
                .contains("\"field\":\"children[0].age\"");
    }

    @Test
    void duplicatePoliceReferenceIsAConflictNamingTheExistingReferral() {
        String token = token(admin(), "Feed " + unique(), "Northfield Police", "referrals:write");
        String policeRef = "NP/" + unique();
        Page first = post(token, referral(policeRef, unique(), "1990-04-12"), null);
        String reference = first.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1").trim();
        Page second = post(token, referral(policeRef.toLowerCase(), unique(), "1991-05-13"), null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.body()).contains(reference);
    }

    @Test
    void aDuplicatePoliceReferenceFromAnotherAgencyNamesNoReferral() {
        WebSession admin = admin();
        String police = token(admin, "Feed " + unique(), "Northfield Police", "referrals:write");
        String stranger = token(admin, "Feed " + unique(), "Southdale Police", "referrals:write");
        String policeRef = "NP/" + unique();
        Page first = post(police, referral(policeRef, unique(), "1990-04-12"), null);
        String reference = first.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1").trim();
        Page second = post(stranger, referral(policeRef, unique(), "1991-05-13"), null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.body()).doesNotContain(reference).doesNotContain("existingReference")
                .contains("\"field\":\"policeReference\"");
    }

    @Test
    void anExactMatchFromAnAgencyWithNoGrantLinksButGrantsNothingUntilTheHubConfirms() {
        WebSession admin = admin();
        String police = token(admin, "Feed " + unique(), "Northfield Police", "referrals:write");
        String stranger = token(admin, "Feed " + unique(), "Southdale Police", "referrals:write", "referrals:read");
        UUID strangerAgency = UUID.fromString(agencyId("Southdale Police"));
        String family = unique();
        Page known = post(police, referral("NP/" + unique(), family, "1990-04-12"), null);
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?")
                .param(UUID.fromString(known.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim()))
                .query(UUID.class).single();

        Page linked = post(stranger, referral("SP/" + unique(), family, "1990-04-12"), null);
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.body()).as("the answer does not tell the client the person was known")
                .doesNotContain("victimLinked").doesNotContain("possibleMatches").doesNotContain(victim.toString());
        String id = linked.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim();
        assertThat(jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(UUID.fromString(id))
                .query(UUID.class).single()).as("linked for the hub").isEqualTo(victim);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND agency_id = ?")
                .params(victim, strangerAgency).query(Integer.class).single()).as("no grant from an exact match").isZero();
        assertThat(get(stranger, "/api/referrals/" + id).status()).as("it reads its own referral").isEqualTo(200);

        WebSession officer = new WebSession(port);
        officer.signIn(fixtures.enrolledUserAt("Southdale Police", Role.PRACTITIONER));
        assertThat(officer.get("/people/" + victim).html().title()).startsWith("Restricted record");
        assertThat(officer.get("/people/" + victim + "/risk").status()).isEqualTo(403);
        Page own = officer.get("/referrals/" + id);
        assertThat(own.status()).as("its own referral, as sent").isEqualTo(200);
        assertThat(own.html().select("#risk")).as("nothing of the record's risk history").isEmpty();

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        Page page = hub.get("/referrals/" + id);
        assertThat(page.html().select("#unconfirmed-links").text()).contains("Fern " + family);
        String confirm = page.html().select("#unconfirmed-links form").first().attr("action");
        assertThat(confirm).contains(victim.toString());
        assertThat(officer.post(confirm, Map.of("_csrf", officer.get("/referrals/" + id).csrf())).status())
                .as("only the hub confirms").isEqualTo(403);
        hub.get("/referrals/" + id);
        assertThat(hub.post(confirm, Map.of()).status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND agency_id = ? AND ground = 'REFERRER'")
                .params(victim, strangerAgency).query(Integer.class).single()).isEqualTo(1);
        assertThat(officer.get("/people/" + victim).html().selectFirst("h1").text()).isEqualTo("Fern " + family);
    }

    @Test
    void exactMatchLinksAndWeakMatchIsLeftForTheHub() {
        String token = token(admin(), "Feed " + unique(), "Northfield Police", "referrals:write");
        String family = unique();
        Page first = post(token, referral("NP/" + unique(), family, "1990-04-12"), null);
        assertThat(first.body()).as("never says whether a person was already known")
                .doesNotContain("victimLinked").doesNotContain("possibleMatches");
        String firstId = first.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim();
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(UUID.fromString(firstId))
                .query(UUID.class).single();

        Page exact = post(token, referral("NP/" + unique(), family, "1990-04-12"), null);
        assertThat(exact.body()).doesNotContain("victimLinked").doesNotContain("possibleMatches");
        String exactId = exact.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim();
        assertThat(jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(UUID.fromString(exactId))
                .query(UUID.class).single()).isEqualTo(victim);

        // same name, day and month swapped: possibly the same woman, but only a person may decide
        Page weak = post(token, referral("NP/" + unique(), family, "1990-12-04"), null);
        assertThat(weak.status()).isEqualTo(201);
        assertThat(weak.body()).doesNotContain("victimLinked").doesNotContain("possibleMatches");
        String weakId = weak.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1").trim();
        assertThat(jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(UUID.fromString(weakId))
                .query(UUID.class).single()).isNotEqualTo(victim);
        assertThat(jdbc.sql("SELECT count(*) FROM referral_possible_match WHERE referral_id = ? AND candidate_id = ?")
                .params(UUID.fromString(weakId), victim).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void cookieSessionsStillNeedCsrfOnTheApi() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        Page page = web.send(HttpRequest.newBuilder(web.uri("/api/referrals")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(referral("NP/" + unique(), unique(), "1990-04-12"))));
        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsManageClientsAndTheTokenIsShownOnce() {
        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        assertThat(practitioner.get("/admin/api-clients").status()).isEqualTo(403);
        assertThat(practitioner.get("/admin/api-clients/new").status()).isEqualTo(403);

        WebSession admin = admin();
        String name = "Feed " + unique();
        String token = token(admin, name, "Northfield Police", "referrals:write");
        Page list = admin.open("/admin/api-clients");
        assertThat(list.html().select("#api-clients").text()).contains(name).contains("referrals:write")
                .contains(token.substring(0, 13));
        assertThat(list.body()).doesNotContain(token);
        assertThat(jdbc.sql("SELECT count(*) FROM api_client WHERE token_hash = ? OR token_hint = ?")
                .params(token, token).query(Integer.class).single()).as("the token itself is never stored").isZero();

        admin.open("/admin/api-clients/new");
        Page invalid = admin.post("/admin/api-clients", Map.of("name", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorSummary()).contains("Enter a name");
    }

    /** Runs {@code work} as {@code user}, as the police import's background job does for its uploader. */
    private <T> T as(TestUser user, java.util.function.Supplier<T> work) {
        StaffUser u = user.user();
        StaffPrincipal principal = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(),
                true, false, true, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static IncomingReferral incoming(AgencyId agency, String policeRef, String family, LocalDate dob) {
        return new IncomingReferral(ReferralSource.IMPORT, agency, "PC Dana Wells", null, LocalDate.now().minusDays(1),
                null, policeRef, new PersonDetails("Fern", family, dob, null, Sex.FEMALE, null, null, null, false,
                        Disability.NOT_KNOWN, null, null),
                null, List.of(), List.of(), null, java.util.Set.of(AbuseType.PHYSICAL), Consent.GIVEN, null, null,
                "Officers attended after a neighbour called.", null);
    }

    /** The current grants on a person, each as "agency-id GROUND". */
    private List<String> grantsOn(UUID person) {
        return jdbc.sql("""
                SELECT agency_id || ' ' || ground FROM person_access_grant
                WHERE person_id = ? AND agency_id IS NOT NULL AND ended_at IS NULL ORDER BY ground""")
                .param(person).query(String.class).list();
    }

    private UUID victimOf(Intake.Received received) {
        return received.referral().victim().value();
    }

    /**
     * A hub coordinator importing a file for the police: the people it creates are the police's (REFERRER) and
     * recorded by the coordinator's agency (RECORDED); the importer's count of possible matches is the number left
     * for the hub; an exact match is linked (and says so to the importer only).
     */
    @Test
    void anImportForAnotherAgencyGrantsThatAgencyTheNewRecordsAndCountsThePossibleMatches() {
        AgencyId police = new AgencyId(UUID.fromString(agencyId("Northfield Police")));
        TestUser coordinator = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        UUID hub = coordinator.user().agency().value();
        String family = Fixtures.uniqueName("Qa");

        Intake.Received first = as(coordinator, () -> intake.receive(incoming(police, "NP/" + Fixtures.uniqueName("R"),
                family, LocalDate.of(1931, 4, 12))));
        assertThat(first.victimLinked()).isFalse();
        assertThat(first.possibleMatches()).isZero();
        assertThat(grantsOn(victimOf(first))).containsExactlyInAnyOrder(police.value() + " REFERRER", hub + " RECORDED");

        // same name, day and month swapped: a new record, its possible match left for the hub and counted
        Intake.Received weak = as(coordinator, () -> intake.receive(incoming(police, "NP/" + Fixtures.uniqueName("R"),
                family, LocalDate.of(1931, 12, 4))));
        assertThat(weak.victimLinked()).isFalse();
        assertThat(victimOf(weak)).isNotEqualTo(victimOf(first));
        int left = jdbc.sql("SELECT count(*) FROM referral_possible_match WHERE referral_id = ?")
                .param(weak.referral().id().value()).query(Integer.class).single();
        assertThat(left).isPositive();
        assertThat(weak.possibleMatches()).isEqualTo(left);

        Intake.Received exact = as(coordinator, () -> intake.receive(incoming(police, "NP/" + Fixtures.uniqueName("R"),
                family, LocalDate.of(1931, 4, 12))));
        assertThat(exact.victimLinked()).isTrue();
        assertThat(victimOf(exact)).isEqualTo(victimOf(first));

        // a police officer's own import: the new record is the police's as referrer, and no one else's
        TestUser officer = fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER);
        Intake.Received own = as(officer, () -> intake.receive(incoming(police, "NP/" + Fixtures.uniqueName("R"),
                Fixtures.uniqueName("Qa"), LocalDate.of(1984, 1, 2))));
        assertThat(grantsOn(victimOf(own))).containsExactly(police.value() + " REFERRER");
    }

    /**
     * A blank police reference is no reference: it never conflicts, not even with a referral stored with an empty
     * one (as a row written by hand or by an older version may be).
     */
    @Test
    void aBlankPoliceReferenceIsNoReference() {
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Gia', ?, ?)")
                .params(person, Fixtures.uniqueName("Qa"), UUID.randomUUID()).update();
        UUID row = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                    police_reference, triage_outcome, triage_reason, triaged_at)
                SELECT ?, ?, 'WEB', ?, current_date, ?, 'GIVEN', '', 'NO_FURTHER_ACTION', 'Test row', now()
                WHERE NOT EXISTS (SELECT 1 FROM referral WHERE police_reference = '')""")
                // an agency of its own, decided: the row stays out of other tests' lists and the triage queue
                .params(row, "E-" + row.toString().substring(0, 13),
                        fixtures.agency(Fixtures.uniqueName("Blank Reference Police")).id().value(), person)
                .update();
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE police_reference = ''").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(intake.existing("   ")).isEmpty();
        assertThat(intake.existing(null)).isEmpty();
        assertThat(intake.existing("")).isEmpty();

        AgencyId police = new AgencyId(UUID.fromString(agencyId("Northfield Police")));
        TestUser officer = fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER);
        Intake.Received received = as(officer, () -> intake.receive(incoming(police, "  ", Fixtures.uniqueName("Qa"),
                LocalDate.of(1986, 6, 7))));
        assertThat(received.referral().policeReference()).isNull();
    }
}
