package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access model from the side of those who must NOT see a record: a stranger agency (one holding no grant) at
 * every person route, a break-glass reading that expires and never becomes an allocation, allocation requests,
 * the locked-down stub, safe-contact details one layer at a time, and a person form whose rejected write leaves
 * nothing behind.
 */
@HearthIntegrationTest
class PersonAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    People people;
    @Autowired
    PersonAccess access;

    private WebSession signIn(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    /** Adds a person through the person form (granting the user's agency RECORDED); returns the id. */
    private String addPerson(WebSession web, String given, String family, String year, String postcode) {
        web.open("/people/new");
        Map<String, String> form = new HashMap<>(Map.of("givenName", given, "familyName", family,
                "dateOfBirth.day", "12", "dateOfBirth.month", "7", "dateOfBirth.year", year, "postcode", postcode,
                "sex", "FEMALE", "disability", "NOT_KNOWN", "confirmedNew", "true"));
        Page page = web.post("/people/new", form);
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page.location().substring(page.location().lastIndexOf('/') + 1);
    }

    /** An involved IDVA worker's person with a confidential address, allocated to them with a safe number. */
    private record Known(String id, String family, TestUser worker, WebSession web) {
    }

    private Known known() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        WebSession web = signIn(worker);
        String family = Fixtures.uniqueName("Ac");
        String id = addPerson(web, "Beth", family, "1985", "NF2 3CD");
        web.get("/people/" + id);
        web.post("/people/" + id + "/addresses",
                Map.of("line1", "14 Secret Lane", "town", "Northfield", "postcode", "NF9 9ZZ", "confidential", "true"));
        web.get("/people/" + id);
        assertThat(web.post("/people/" + id + "/allocate", Map.of()).status()).isEqualTo(303);
        web.get("/people/" + id);
        web.post("/people/" + id + "/safe-contact", Map.of("call", "yes", "voicemail", "no", "text", "no",
                "post", "no", "email", "no", "safePhone", "07700 900456"));
        assertThat(web.get("/people/" + id).html().selectFirst("#safe-phone").text()).isEqualTo("07700 900456");
        return new Known(id, family, worker, web);
    }

    private static Page postJson(WebSession web, String path, String json) {
        String token = web.get("/account").csrf();
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A SafeLives DASH answered "no" throughout, graded standard (as the risk API takes it). */
    private static String riskBody() {
        String answers = java.util.stream.IntStream.rangeClosed(1, 24).mapToObj(n -> "\"" + n + "\": {\"answer\": \"NO\"}")
                .collect(java.util.stream.Collectors.joining(", "));
        return "{\"questionnaireCode\": \"SAFELIVES_RIC\", \"questionnaireVersion\": 1, \"assessedOn\": \""
                + LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\", \"answers\": {" + answers
                + "}, \"grade\": \"STANDARD\", \"reason\": null}";
    }

    private int grantsOf(String person, UUID agency) {
        return jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND agency_id = ? AND ended_at IS NULL")
                .params(UUID.fromString(person), agency).query(Integer.class).single();
    }

    private <T> T as(TestUser user, Supplier<T> work) {
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

    @Test
    void aStrangerAgencyIsRefusedAtEveryPersonRoute() {
        Known k = known();
        String id = k.id();
        String referral = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, current_date, ?, 'GIVEN')""")
                .params(UUID.fromString(referral), "S-" + referral.substring(0, 13), k.worker().user().agency().value(),
                        UUID.fromString(id)).update();
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        UUID school = stranger.user().agency().value();
        WebSession web = signIn(stranger);

        Page stub = web.get("/people/" + id);
        assertThat(stub.status()).isEqualTo(200);
        assertThat(stub.html().title()).startsWith("Restricted record");
        assertThat(stub.body()).doesNotContain("Secret Lane").doesNotContain("NF2 3CD").doesNotContain("07700 900456");
        assertThat(web.get("/people/" + id + "/edit").status()).as("GET edit").isEqualTo(403);
        web.get("/people/" + id);
        Map<String, String> details = Map.of("givenName", "Changed", "familyName", k.family(), "sex", "FEMALE",
                "disability", "NOT_KNOWN");
        assertThat(web.post("/people/" + id + "/edit", details).status()).as("POST edit").isEqualTo(403);
        assertThat(web.post("/people/" + id + "/date-of-birth-confirmed", Map.of("confirmed", "true")).status())
                .as("confirm date of birth").isEqualTo(403);
        assertThat(web.post("/people/" + id + "/safe-contact", Map.of("call", "yes", "safePhone", "07700 900999")).status())
                .as("safe contact").isEqualTo(403);
        assertThat(web.post("/people/" + id + "/addresses", Map.of("line1", "1 Any Road", "postcode", "NF1 1AA")).status())
                .as("add address").isEqualTo(403);
        assertThat(jdbc.sql("SELECT given_name FROM person WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single()).isEqualTo("Beth");
        assertThat(jdbc.sql("SELECT date_of_birth_confirmed FROM person WHERE id = ?").param(UUID.fromString(id))
                .query(Boolean.class).single()).isFalse();

        // allocation is only a request: nothing is granted
        assertThat(web.post("/people/" + id + "/allocate", Map.of()).status()).isEqualTo(303);
        assertThat(grantsOf(id, school)).isZero();
        assertThat(web.get("/people/" + id).html().title()).startsWith("Restricted record");

        // risk pages and the risk API
        for (String path : List.of("/people/" + id + "/risk", "/people/" + id + "/risk/new")) {
            assertThat(web.get(path).status()).as(path).isEqualTo(403);
        }
        web.get("/people/" + id);
        assertThat(web.post("/people/" + id + "/risk/check", Map.of("questionnaire", "SAFELIVES_RIC")).status())
                .as("risk check").isEqualTo(403);
        web.get("/people/" + id);
        assertThat(web.post("/people/" + id + "/risk/answers", Map.of("questionnaire", "SAFELIVES_RIC")).status())
                .as("risk answers").isEqualTo(403);
        for (String path : List.of("/api/people/" + id + "/risk-assessments", "/api/people/" + id + "/marac-eligibility",
                "/api/people/" + id + "/risk-assessments/" + UUID.randomUUID())) {
            assertThat(web.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(postJson(web, "/api/people/" + id + "/risk-assessments", "{}").status()).as("risk API post")
                .isEqualTo(403);
        // merges are for hub coordinators only
        assertThat(postJson(web, "/api/people/" + id + "/merge", "{\"mergedId\": \"" + UUID.randomUUID()
                + "\", \"reason\": \"x\"}").status()).isEqualTo(403);

        // referrals about the person
        assertThat(web.get("/referrals/" + referral).status()).as("another agency's referral").isEqualTo(403);
        web.get("/people/" + id);
        assertThat(web.post("/referrals/" + referral + "/triage", Map.of("outcome", "NO_FURTHER_ACTION", "reason", "x"))
                .status()).isEqualTo(403);
        web.get("/people/" + id);
        assertThat(web.post("/referrals/" + referral + "/links/" + id + "/confirm", Map.of()).status()).isEqualTo(403);
        assertThat(grantsOf(id, school)).as("nothing granted anywhere").isZero();
    }

    @Test
    void aStrangerCannotNameARecordItMayNotSeeInAReferral() {
        Known k = known();
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        WebSession web = signIn(stranger);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        web.open("/referrals/new");
        Map<String, String> form = new HashMap<>(Map.of("incidentDate.day", String.valueOf(yesterday.getDayOfMonth()),
                "incidentDate.month", String.valueOf(yesterday.getMonthValue()),
                "incidentDate.year", String.valueOf(yesterday.getYear()), "victimGivenName", "Beth",
                "victimFamilyName", k.family(), "victimSex", "FEMALE", "abuseTypes", "PHYSICAL", "consent", "GIVEN",
                "narrative", "Disclosed at school."));
        form.putAll(Map.of("victimDateOfBirth.day", "12", "victimDateOfBirth.month", "7", "victimDateOfBirth.year", "1985",
                "incidentTime", "09:30", "perpetratorKnown", "false", "relationship", "INTIMATE_PARTNER"));
        Page posted = web.post("/referrals/new", form);
        assertThat(posted.status()).as(String.valueOf(posted.errorSummary())).isEqualTo(303);
        web.open("/referrals/check");
        Page refused = web.post("/referrals/submit", Map.of("victim", k.id()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE victim_id = ?").param(UUID.fromString(k.id()))
                .query(Integer.class).single()).isZero();
    }

    /** The page counts a reason as the module does (code points after strip): five emoji are 10 chars, 5 points. */
    @Test
    void aBreakGlassReasonTooShortInCodePointsIsRefusedOnThePageNeverA500() {
        Known k = known();
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        WebSession web = signIn(stranger);
        web.get("/people/" + k.id());
        Page refused = web.post("/people/" + k.id() + "/break-glass", Map.of("reason", "\uD83D\uDE00".repeat(5)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM break_glass WHERE person_id = ?").param(UUID.fromString(k.id()))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void breakGlassIsAReadingThatExpiresAndNeverBecomesAnAllocation() {
        Known k = known();
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        UUID school = stranger.user().agency().value();
        WebSession web = signIn(stranger);
        web.get("/people/" + k.id());
        assertThat(web.post("/people/" + k.id() + "/break-glass",
                Map.of("reason", "Child disclosed at school today; need to check safety plan")).status()).isEqualTo(303);
        Page open = web.get("/people/" + k.id());
        assertThat(open.html().selectFirst("h1").text()).isEqualTo("Beth " + k.family());
        assertThat(open.body()).contains("NF2 3CD").doesNotContain("Secret Lane").doesNotContain("07700 900456");

        // a reading only: nothing of the record can be changed
        assertThat(open.html().select("form[action$=/addresses], form[action$=/safe-contact], "
                + "form[action$=/date-of-birth-confirmed], a[href$=/edit]")).isEmpty();
        Page editPage = web.get("/people/" + k.id() + "/edit");
        assertThat(editPage.status()).as("GET edit under glass: " + editPage.html().title()).isEqualTo(403);
        web.get("/people/" + k.id());
        assertThat(web.post("/people/" + k.id() + "/addresses", Map.of("line1", "2 Other Road", "postcode", "NF1 1AA"))
                .status()).as("add an address under glass").isEqualTo(403);
        web.get("/people/" + k.id());
        assertThat(web.post("/people/" + k.id() + "/edit", Map.of("givenName", "Changed", "familyName", k.family(),
                "sex", "FEMALE", "disability", "NOT_KNOWN")).status()).as("edit under glass").isEqualTo(403);
        web.get("/people/" + k.id());
        assertThat(web.post("/people/" + k.id() + "/date-of-birth-confirmed", Map.of("confirmed", "true")).status())
                .as("confirm the date of birth under glass").isEqualTo(403);
        web.get("/people/" + k.id());
        assertThat(web.post("/people/" + k.id() + "/safe-contact", Map.of("call", "no")).status())
                .as("safe contact rules under glass").isEqualTo(403);
        assertThat(jdbc.sql("SELECT given_name FROM person WHERE id = ?").param(UUID.fromString(k.id()))
                .query(String.class).single()).isEqualTo("Beth");

        // a risk assessment made while the glass is open is recorded, but opens the record to nobody
        Page assessed = postJson(web, "/api/people/" + k.id() + "/risk-assessments",
                riskBody());
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        assertThat(grantsOf(k.id(), school)).as("no ASSESSOR grant from a break-glass reading").isZero();

        // "Allocate this person to me" becomes a request for the hub; no grant, no confidential address
        web.get("/people/" + k.id());
        Page asked = web.post("/people/" + k.id() + "/allocate", Map.of());
        assertThat(asked.status()).isEqualTo(303);
        Page after = web.get("/people/" + k.id());
        assertThat(after.body()).contains("hub coordinator to approve").doesNotContain("Secret Lane")
                .doesNotContain("NF9 9ZZ").doesNotContain("07700 900456");
        assertThat(after.html().select("#safe-phone")).isEmpty();
        assertThat(grantsOf(k.id(), school)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?")
                .params(UUID.fromString(k.id()), stranger.user().id().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM allocation_request WHERE person_id = ? AND user_id = ? AND decision IS NULL")
                .params(UUID.fromString(k.id()), stranger.user().id().value()).query(Integer.class).single()).isEqualTo(1);

        // the opening expires: back to the stub, and nothing of the record stays
        jdbc.sql("UPDATE break_glass SET expires_at = now() - interval '1 minute' WHERE person_id = ? AND user_id = ?")
                .params(UUID.fromString(k.id()), stranger.user().id().value()).update();
        Page expired = web.get("/people/" + k.id());
        assertThat(expired.html().title()).startsWith("Restricted record");
        assertThat(expired.body()).doesNotContain("NF2 3CD").doesNotContain("Secret Lane").doesNotContain("1985-07-12");
        assertThat(web.get("/people/" + k.id() + "/risk").status()).isEqualTo(403);
        assertThat(web.get("/people/" + k.id() + "/edit").status()).isEqualTo(403);
    }

    @Test
    void aHubCoordinatorDecidesAllocationRequestsButNeverTheirOwn() {
        Known k = known();
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        UUID school = stranger.user().agency().value();
        WebSession web = signIn(stranger);
        web.get("/people/" + k.id());
        web.post("/people/" + k.id() + "/allocate", Map.of());

        WebSession partnership = signIn(fixtures.enrolledUserAt("Northfield Community Safety Team",
                Role.PARTNERSHIP_COORDINATOR));
        assertThat(partnership.get("/break-glass/allocations").status()).as("partnership coordinators do not decide")
                .isEqualTo(403);
        assertThat(web.get("/break-glass/allocations").status()).as("practitioners do not decide").isEqualTo(403);

        TestUser coordinator = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        WebSession hub = signIn(coordinator);
        Page list = hub.get("/break-glass/allocations");
        assertThat(list.status()).isEqualTo(200);
        var row = list.html().select("#allocation-requests tbody tr").stream()
                .filter(r -> r.text().contains("Beth " + k.family())).findFirst().orElseThrow();
        assertThat(row.text()).contains(stranger.user().displayName()).contains("Kingsmoor Academy Trust");
        String approve = row.select("form").get(0).attr("action");
        partnership.get("/break-glass");
        assertThat(partnership.post(approve, Map.of()).status()).as("only hub coordinators approve").isEqualTo(403);
        assertThat(grantsOf(k.id(), school)).isZero();
        assertThat(hub.post(approve, Map.of()).status()).isEqualTo(303);
        assertThat(grantsOf(k.id(), school)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT approved_by FROM person_access_grant WHERE person_id = ? AND user_id = ? AND scope = 'SAFE_CONTACT'")
                .params(UUID.fromString(k.id()), stranger.user().id().value()).query(UUID.class).single())
                .isEqualTo(coordinator.user().id().value());
        Page full = web.get("/people/" + k.id());
        assertThat(full.html().selectFirst("h1").text()).isEqualTo("Beth " + k.family());
        assertThat(full.body()).contains("Secret Lane");
        assertThat(full.html().select("#grants").text()).contains("Kingsmoor Academy Trust").contains("Allocated worker")
                .contains(coordinator.user().displayName());

        // a coordinator's own request waits for another coordinator
        String other = addPerson(signIn(fixtures.enrolledUserAt("Northfield Housing Options", Role.PRACTITIONER)),
                "Cora", Fixtures.uniqueName("Ac"), "1979", "");
        hub.get("/people/" + other);
        hub.post("/people/" + other + "/allocate", Map.of());
        UUID own = jdbc.sql("SELECT id FROM allocation_request WHERE person_id = ? AND decision IS NULL")
                .param(UUID.fromString(other)).query(UUID.class).single();
        hub.get("/break-glass/allocations");
        assertThat(hub.post("/break-glass/allocations/" + own + "/approve", Map.of()).status()).isEqualTo(403);
        TestUser second = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        WebSession secondHub = signIn(second);
        secondHub.get("/break-glass/allocations");
        assertThat(secondHub.post("/break-glass/allocations/" + own + "/refuse", Map.of("reason", "Not your case"))
                .status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND user_id = ?")
                .params(UUID.fromString(other), coordinator.user().id().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT decision FROM allocation_request WHERE id = ?").param(own).query(String.class)
                .single()).isEqualTo("REFUSED");
    }

    @Test
    void theStubShowsTheNameTheYearAndStatutoryAgenciesOnly() {
        TestUser refuge = fixtures.enrolledUserAt("Haven Refuge", Role.PRACTITIONER);
        String family = Fixtures.uniqueName("Ac");
        WebSession refugeWeb = signIn(refuge);
        String id = addPerson(refugeWeb, "Dina", family, "1984", "");
        UUID person = UUID.fromString(id);
        // two referrals in a year: "Repeat victim" on the full record
        for (int i = 0; i < 2; i++) {
            UUID r = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                    VALUES (?, ?, 'WEB', ?, current_date - ?, ?, 'GIVEN')""")
                    .params(r, "S-" + r.toString().substring(0, 13), refuge.user().agency().value(), 10 * i, person)
                    .update();
        }
        assertThat(refugeWeb.get("/people/" + id).html().select("#person-flags").text()).contains("Repeat victim");
        fixtures.grant(person, fixtures.agency("Northfield Police").id().value(), "REFERRER");

        WebSession stranger = signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        Page stub = stranger.get("/people/" + id);
        assertThat(stub.html().title()).startsWith("Restricted record");
        assertThat(stub.html().selectFirst("h1").text()).isEqualTo("Dina " + family);
        assertThat(stub.html().selectFirst("#year-of-birth").text()).isEqualTo("Born in 1984");
        assertThat(stub.html().select("#agencies-involved li").eachText())
                .containsExactly("Northfield Police", "A specialist service is involved");
        assertThat(stub.body()).doesNotContain("Haven Refuge").doesNotContain("Repeat victim")
                .doesNotContain("12 July").doesNotContain("person-flags");

        // the store gives the stub no flags, and no grants to list
        TestUser school = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        PersonRecord record = as(school, () -> people.record(PersonId.parse(id))).orElseThrow();
        assertThat(record.full()).isFalse();
        assertThat(record.flags()).isEmpty();
        assertThat(record.agenciesInvolved()).containsExactly("Northfield Police");
        assertThatThrownBy(() -> as(school, () -> access.currentGrants(PersonId.parse(id))))
                .isInstanceOf(AccessDeniedException.class);

        // a record no agency holds a grant for says so in words
        UUID nobody = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Eve', ?, ?)")
                .params(nobody, Fixtures.uniqueName("Ac"), UUID.randomUUID()).update();
        Page empty = stranger.get("/people/" + nobody);
        assertThat(empty.html().selectFirst("#no-agencies").text()).contains("No agency is recorded as involved");
        assertThat(empty.html().selectFirst("#year-of-birth").text()).isEqualTo("Year of birth not recorded");
    }

    @Test
    void safeContactDetailsAreGuardedInTheStoreAndOnThePage() {
        Known k = known();
        PersonId id = PersonId.parse(k.id());
        TestUser colleague = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        TestUser coordinator = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);

        // the store: only the allocated worker's record carries the safe number
        assertThat(as(k.worker(), () -> people.record(id)).orElseThrow().safeContact().safePhone()).isEqualTo("07700 900456");
        PersonRecord colleagues = as(colleague, () -> people.record(id)).orElseThrow();
        assertThat(colleagues.full()).isTrue();
        assertThat(colleagues.allocatedToMe()).isFalse();
        assertThat(colleagues.safeContact().safePhone()).isNull();
        PersonRecord hubView = as(coordinator, () -> people.record(id)).orElseThrow();
        assertThat(hubView.full()).as("hub coordinators see every record").isTrue();
        assertThat(hubView.seesConfidential()).isTrue();
        assertThat(hubView.safeContact().safePhone()).as("the hub's standing ground is the record, not the safe number")
                .isNull();
        assertThat(as(colleague, () -> access.mayViewContact(id))).isFalse();
        assertThat(as(k.worker(), () -> access.mayViewContact(id))).isTrue();
        // and only the allocated worker may write one
        assertThatThrownBy(() -> as(colleague, () -> {
            people.setSafeContact(id, new SafeContact(true, false, false, false, false, null, "07700 900000", null, null));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT safe_phone FROM safe_contact WHERE person_id = ?").param(id.value())
                .query(String.class).single()).isEqualTo("07700 900456");

        // the page: a colleague of the same agency sees the rules but not the number
        Page page = signIn(colleague).get("/people/" + k.id());
        assertThat(page.html().select("#safe-phone")).isEmpty();
        assertThat(page.body()).doesNotContain("07700 900456").contains("show only to allocated workers");
    }

    /** Every write to a record leaves its audit entry, naming the person (who changed what is what the audit is for). */
    @Test
    void everyWriteToARecordIsAudited() {
        Known k = known();
        PersonId id = PersonId.parse(k.id());
        as(k.worker(), () -> {
            PersonDetails d = people.record(id).orElseThrow().details();
            people.update(id, d, List.of("Beth Smith"));
            people.addAddress(id, new Address(null, "3 Low Road", null, "Northfield", "NF2 2BB", null, null, false,
                    false, null));
            people.setSafeContact(id, new SafeContact(true, false, true, false, false, "mornings", null, null, null));
            return null;
        });
        List<String> reasons = jdbc.sql("SELECT reason FROM audit_event WHERE ? = ANY(record_ids) AND action = 'UPDATE'")
                .param(k.id()).query(String.class).list();
        assertThat(reasons).contains("details", "address added", "safe contact rules");
    }

    /** The audit entries naming {@code recordId}, oldest first, each as "ACTION record-type reason". */
    private List<String> auditOf(String recordId) {
        return jdbc.sql("""
                SELECT action || ' ' || coalesce(record_type, '') || ' ' || coalesce(reason, '') FROM audit_event
                WHERE ? = ANY(record_ids) ORDER BY id""").param(recordId).query(String.class).list();
    }

    /** The reasons of the audit entries of one user's searches of one kind of record, oldest first. */
    private List<String> searchesBy(TestUser user, String recordType) {
        return jdbc.sql("""
                SELECT coalesce(reason, '') FROM audit_event WHERE actor_id = ? AND action = 'SEARCH' AND record_type = ?
                ORDER BY id""").params(user.user().id().value(), recordType).query(String.class).list();
    }

    /** A person recorded through the store by {@code worker} (their agency holds RECORDED), with no address. */
    private PersonId recordedBy(TestUser worker, String given) {
        return as(worker, () -> people.create(new PersonDetails(given, Fixtures.uniqueName("Ac"), LocalDate.of(1990, 3, 4),
                null, Sex.FEMALE, null, null, null, false, Disability.NOT_KNOWN, null, null), List.of(),
                AccessGround.RECORDED, null));
    }

    private record Row(String line1, String postcode, LocalDate from, LocalDate to, boolean refuge, String service) {
    }

    private List<Row> addressRows(PersonId id) {
        return jdbc.sql("""
                SELECT line1, postcode, from_date, to_date, in_refuge, refuge_service FROM person_address
                WHERE person_id = ? ORDER BY created_at, from_date""").param(id.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6)))
                .list();
    }

    /**
     * The store's address rules: a new current address closes the previous current one (and only a current one
     * does), a stay in refuge keeps no address, only the service (trimmed), and every address added is audited.
     */
    @Test
    void aNewCurrentAddressClosesThePreviousOneAndARefugeKeepsNoAddress() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        PersonId id = recordedBy(worker, "Ines");
        as(worker, () -> {
            people.addAddress(id, new Address(null, "1 First Road", null, "Northfield", "nf1 1aa",
                    LocalDate.of(2020, 1, 1), null, false, false, null));
            // a past address (it has an end) closes nothing, though it started after the current one
            people.addAddress(id, new Address(null, "2 Past Road", null, "Northfield", "NF1 2AB",
                    LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), false, false, null));
            return null;
        });
        assertThat(addressRows(id)).extracting(Row::line1, Row::postcode, Row::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1 First Road", "NF1 1AA", null),
                org.assertj.core.groups.Tuple.tuple("2 Past Road", "NF1 2AB", LocalDate.of(2022, 1, 1)));

        // a stay in refuge: the address given with it is not kept, only the service; it closes the current address
        as(worker, () -> {
            people.addAddress(id, new Address(null, "9 Hidden Street", "Flat 2", "Northfield", "NF3 3AA",
                    LocalDate.of(2024, 3, 1), null, false, true, "  Haven Refuge "));
            // an address with no dates is not a new current one: it closes nothing
            people.addAddress(id, new Address(null, "5 Undated Row", null, "Northfield", "NF5 5AA", null, null, true,
                    false, null));
            return null;
        });
        List<Row> rows = addressRows(id);
        assertThat(rows.get(0).to()).as("the previous current address ends when the refuge stay starts")
                .isEqualTo(LocalDate.of(2024, 3, 1));
        Row refuge = rows.stream().filter(Row::refuge).findFirst().orElseThrow();
        assertThat(refuge).isEqualTo(new Row(null, null, LocalDate.of(2024, 3, 1), null, true, "Haven Refuge"));
        assertThat(jdbc.sql("SELECT line2, town FROM person_address WHERE person_id = ? AND in_refuge")
                .param(id.value()).query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2))).single())
                .containsOnlyNulls();
        assertThat(rows.stream().filter(r -> "5 Undated Row".equals(r.line1())).findFirst().orElseThrow().to()).isNull();
        assertThat(auditOf(id.toString())).filteredOn(e -> e.equals("UPDATE person address added")).hasSize(4);
    }

    /** Relationships, break-glass reviews and the coordinators' review list each leave their audit entry. */
    @Test
    void relationshipsAndBreakGlassReviewsAreAuditedAndTheReviewListFilters() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        PersonId victim = recordedBy(worker, "Jana");
        PersonId partner = recordedBy(worker, "Kit");
        as(worker, () -> {
            people.relate(victim, partner, RelationshipKind.EX_PARTNER);
            return null;
        });
        assertThat(auditOf(partner.toString())).contains("UPDATE person relationship EX_PARTNER");
        assertThat(jdbc.sql("SELECT record_ids FROM audit_event WHERE ? = ANY(record_ids) AND reason = 'relationship EX_PARTNER'")
                .param(partner.toString()).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly(victim.toString(), partner.toString());

        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        as(stranger, () -> {
            people.breakGlass(victim, "Pupil disclosed at school this morning");
            return null;
        });
        assertThat(auditOf(victim.toString())).contains("BREAK_GLASS person Pupil disclosed at school this morning");
        long opening = jdbc.sql("SELECT id FROM break_glass WHERE person_id = ? AND user_id = ?")
                .params(victim.value(), stranger.user().id().value()).query(Long.class).single();
        TestUser coordinator = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        assertThat(as(coordinator, () -> people.glassBreaks(true, 0, 50))).extracting(GlassBreak::id)
                .contains(opening);
        as(coordinator, () -> {
            people.reviewGlassBreak(opening);
            return null;
        });
        assertThat(auditOf(String.valueOf(opening))).filteredOn(e -> e.contains(" break-glass "))
                .as("the review is audited at once").containsExactly("UPDATE break-glass reviewed");
        as(coordinator, () -> {
            people.reviewGlassBreak(opening); // already reviewed: nothing more is written
            return null;
        });
        assertThat(auditOf(String.valueOf(opening))).filteredOn(e -> e.contains(" break-glass "))
                .containsExactly("UPDATE break-glass reviewed");
        assertThat(as(coordinator, () -> people.glassBreaks(true, 0, 50))).extracting(GlassBreak::id)
                .doesNotContain(opening);
        GlassBreak reviewed = as(coordinator, () -> people.glassBreaks(false, 0, 50)).stream()
                .filter(g -> g.id() == opening).findFirst().orElseThrow();
        assertThat(reviewed.reviewedBy()).isEqualTo(coordinator.user().displayName());
        assertThat(searchesBy(coordinator, "break-glass")).containsExactly("unreviewed", "unreviewed", "all");
    }

    /**
     * Whose record was opened, and the reason typed about them, are read by hub coordinators and information
     * governance: not by the partnership coordinator, who sees no person's record (page, and People itself); the
     * names the list shows are recorded as reads of those people.
     */
    @Test
    void breakGlassOpeningsAreReviewedByHubCoordinatorsAndInformationGovernanceOnly() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        PersonId victim = recordedBy(worker, "Orla");
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        as(stranger, () -> {
            people.breakGlass(victim, "She rang from her sister's flat on Mill Lane");
            return null;
        });
        long opening = jdbc.sql("SELECT id FROM break_glass WHERE person_id = ?").param(victim.value())
                .query(Long.class).single();

        TestUser partnership = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.PARTNERSHIP_COORDINATOR);
        WebSession coordinatorWeb = signIn(partnership);
        Page refused = coordinatorWeb.get("/break-glass");
        assertThat(refused.status()).as("the partnership coordinator reads no one's record").isEqualTo(403);
        assertThat(refused.html().text()).doesNotContain("Mill Lane").doesNotContain("Orla");
        assertThat(coordinatorWeb.post("/break-glass/" + opening + "/reviewed", Map.of()).status()).isEqualTo(403);
        assertThat(coordinatorWeb.get("/").html().select("main a[href=/break-glass]")).as("not on My work").isEmpty();
        assertThatThrownBy(() -> as(partnership, () -> people.glassBreaks(false, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(partnership, () -> {
            people.reviewGlassBreak(opening);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT reviewed_at IS NULL FROM break_glass WHERE id = ?").param(opening)
                .query(Boolean.class).single()).as("not marked by the refused review").isTrue();

        TestUser governance = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.INFORMATION_GOVERNANCE);
        WebSession governanceWeb = signIn(governance);
        assertThat(governanceWeb.get("/").html().select("main a[href=/break-glass]").eachText())
                .as("My work says openings wait").contains("Review them");
        Page list = governanceWeb.get("/break-glass");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#breaks tbody tr").text()).contains("Orla")
                .contains("She rang from her sister's flat on Mill Lane");
        assertThat(list.html().select("#breaks tbody tr td").first().text()).as("when, in the house's words")
                .matches("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}(:\\d{2})?(am|pm)"); // "10am" on the hour
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'person'
                AND reason = 'break-glass reviews: names shown' AND ? = ANY(record_ids) AND actor_id = ?""")
                .params(victim.toString(), governance.user().id().value()).query(Long.class).single())
                .as("the names shown are reads of those people").isEqualTo(1);
        assertThat(governanceWeb.post("/break-glass/" + opening + "/reviewed", Map.of()).status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT reviewed_by FROM break_glass WHERE id = ?").param(opening).query(UUID.class)
                .single()).isEqualTo(governance.user().id().value());
    }

    /**
     * Allocation through the store: the answer says what happened, each step is audited once, a refusal keeps its
     * reason (trimmed, blank as none, at most 2,000 characters), and the request list filters the waiting ones.
     */
    @Test
    void allocationStepsAreAuditedOnceAndARefusalKeepsItsReason() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        PersonId id = recordedBy(worker, "Lana");
        assertThat(as(worker, () -> access.allocateToMe(id))).isEqualTo(PersonAccess.Allocation.ALLOCATED);
        assertThat(auditOf(id.toString())).contains("UPDATE person worker allocated");

        List<TestUser> strangers = List.of(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER),
                fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER),
                fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER),
                fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        List<UUID> requests = new java.util.ArrayList<>();
        for (TestUser s : strangers) {
            assertThat(as(s, () -> access.allocateToMe(id))).isEqualTo(PersonAccess.Allocation.REQUESTED);
            assertThat(as(s, () -> access.allocateToMe(id))).as("asking twice").isEqualTo(PersonAccess.Allocation.REQUESTED);
            requests.add(jdbc.sql("SELECT id FROM allocation_request WHERE person_id = ? AND user_id = ?")
                    .params(id.value(), s.user().id().value()).query(UUID.class).single());
        }
        for (UUID r : requests) {
            assertThat(auditOf(r.toString())).as("one entry for a request asked twice")
                    .containsExactly("CREATE allocation-request ");
        }

        TestUser coordinator = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        assertThat(as(coordinator, () -> access.allocationRequests(true))).extracting(AllocationRequest::id)
                .containsAll(requests);
        String longReason = "x".repeat(2500);
        as(coordinator, () -> {
            access.refuseAllocation(requests.get(0), "  Not known to this service  ");
            access.refuseAllocation(requests.get(1), "   ");
            access.refuseAllocation(requests.get(2), longReason);
            access.approveAllocation(requests.get(3));
            return null;
        });
        List<String> reasons = requests.subList(0, 3).stream().map(r -> jdbc.sql(
                "SELECT coalesce(decision_reason, '(none)') FROM allocation_request WHERE id = ?").param(r).query(String.class).single()).toList();
        assertThat(reasons.get(0)).isEqualTo("Not known to this service");
        assertThat(reasons.get(1)).isEqualTo("(none)");
        assertThat(reasons.get(2)).isEqualTo("x".repeat(2000));
        for (UUID r : requests.subList(0, 3)) {
            assertThat(auditOf(r.toString())).containsExactly("CREATE allocation-request ", "UPDATE allocation-request refused");
        }
        assertThat(auditOf(requests.get(3).toString()))
                .containsExactly("CREATE allocation-request ", "UPDATE allocation-request approved");

        assertThat(as(coordinator, () -> access.allocationRequests(true))).extracting(AllocationRequest::id)
                .doesNotContainAnyElementsOf(requests);
        assertThat(as(coordinator, () -> access.allocationRequests(false))).extracting(AllocationRequest::id)
                .containsAll(requests);
        assertThat(searchesBy(coordinator, "allocation-request")).containsExactly("waiting", "waiting", "all");
    }

    /** Who holds a ground (a break-glass reading is none), and ending a grant: it stops at once and is audited once. */
    @Test
    void aGroundIsHeldOnlyThroughALastingGrantAndAnEndedGrantStopsAtOnce() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        PersonId id = recordedBy(worker, "Mia");
        TestUser stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        assertThat(as(worker, () -> access.holdsGround(id))).isTrue();
        assertThat(as(stranger, () -> access.holdsGround(id))).isFalse();
        as(stranger, () -> {
            people.breakGlass(id, "Pupil disclosed at school this morning");
            return null;
        });
        assertThat(as(stranger, () -> access.mayView(id))).isTrue();
        assertThat(as(stranger, () -> access.holdsGround(id))).as("a break-glass reading is no ground").isFalse();

        TestUser coordinator = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        TestUser other = fixtures.enrolledUserAt("Northfield Housing Options", Role.PRACTITIONER);
        AccessGrant grant = as(coordinator, () -> access.grant(id, GrantHolder.agency(other.user().agency()),
                AccessGround.REFERRER, AccessScope.RECORD, null, GrantBasis.of("person", id)));
        assertThat(as(other, () -> access.holdsGround(id))).isTrue();
        as(coordinator, () -> {
            access.end(grant.id());
            access.end(grant.id()); // already ended: nothing more is written
            return null;
        });
        assertThat(as(other, () -> access.holdsGround(id))).isFalse();
        assertThat(as(other, () -> access.mayView(id))).isFalse();
        assertThat(as(coordinator, () -> access.currentGrants(id))).extracting(AccessGrant::id).doesNotContain(grant.id());
        assertThat(auditOf(grant.id().toString())).containsExactly(
                "CREATE access-grant REFERRER RECORD to agency " + other.user().agency().value(),
                "UPDATE access-grant ended");
        assertThat(jdbc.sql("SELECT ended_by FROM person_access_grant WHERE id = ?").param(grant.id()).query(UUID.class)
                .single()).isEqualTo(coordinator.user().id().value());
    }

    @Test
    void aRejectedPersonFormWritesNoRow() {
        WebSession web = signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = Fixtures.uniqueName("Ac");
        web.open("/people/new");
        Page bad = web.post("/people/new", Map.of("givenName", "Fay", "familyName", family, "postcode", "NOT A CODE",
                "sex", "FEMALE", "disability", "NOT_KNOWN", "confirmedNew", "true"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("Enter a real postcode");
        web.open("/people/new");
        Page broken = web.post("/people/new", Map.of("givenName", "Fay", "familyName", family, "postcode", "NF1\u00002AB",
                "sex", "FEMALE", "disability", "NOT_KNOWN", "confirmedNew", "true"));
        assertThat(broken.status() / 100).as("not saved: no redirect").isNotEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = ?").param(family).query(Integer.class).single())
                .as("no half-written person to duplicate on a retry").isZero();
    }

    @Test
    void aPersonAndTheirFirstAddressAreOneTransaction() {
        TestUser worker = fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER);
        String family = Fixtures.uniqueName("Ac");
        // an address the database refuses (it ends before it starts): the person must not be written either
        Address refused = new Address(null, "1 Any Road", null, "Northfield", "NF1 2AB", LocalDate.of(2024, 5, 1),
                LocalDate.of(2020, 1, 1), false, false, null);
        assertThatThrownBy(() -> as(worker, () -> people.create(new PersonDetails("Gail", family, null, null, Sex.FEMALE,
                null, null, null, false, Disability.NOT_KNOWN, null, null), List.of(), AccessGround.RECORDED, refused)))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE family_name = ?").param(family).query(Integer.class).single())
                .isZero();
    }
}
