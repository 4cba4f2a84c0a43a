package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The casework pages as a referrer, a manager and a worker use them: referral from a person's page, the queue and
 * allocation, the case page with the safe-contact rules before the contact form, refused input (400, an error
 * summary, nothing written), notes, the safety plan, the chronology and "My cases"; another agency's worker refused.
 */
@HearthIntegrationTest
class CaseworkPagesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        CaseworkTest.signOut();
    }

    @Test
    void aReferralIsAllocatedContactedNotedPlannedAndListed() {
        String agency = Fixtures.uniqueName("Pages IDVA");
        TestUser manager = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser referrer = fixtures.enrolledUserAt(Fixtures.uniqueName("Pages Referrer"), Role.PRACTITIONER);
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Pages Stranger"), Role.PRACTITIONER);
        CaseworkTest.actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        CaseService service = services.create(fixtures.agency(agency).id(), null, ServiceKind.IDVA,
                Fixtures.uniqueName("Pages service "), 2, 60, 80);
        services.setWorker(service.id(), manager.user().id(), BigDecimal.ONE, true);
        services.setWorker(service.id(), worker.user().id(), new BigDecimal("0.8"), false);
        CaseworkTest.signOut();
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Rowan', ?, ?)")
                .params(person, Fixtures.uniqueName("Pages"), UUID.randomUUID()).update();
        fixtures.grant(person, referrer.user().agency().value(), "RECORDED");
        jdbc.sql("INSERT INTO safe_contact (person_id, call_ok, text_ok, updated_by) VALUES (?, false, true, ?)")
                .params(person, UUID.randomUUID()).update();

        // the referrer: a refused form writes nothing, then the referral
        WebSession ref = new WebSession(port);
        ref.signIn(referrer);
        assertThat(ref.get("/people/" + person + "/casework-referral").status()).isEqualTo(200);
        Page refused = ref.post("/people/" + person + "/casework-referral", Map.of("service", service.id().toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Say why you are referring");
        assertThat(count("SELECT count(*) FROM casework_case WHERE person_id = ?", person)).isZero();
        assertThat(ref.post("/people/" + person + "/casework-referral", Map.of("service", service.id().toString(),
                "reason", "Threats to kill")).status()).isEqualTo(303);
        UUID caseId = jdbc.sql("SELECT id FROM casework_case WHERE person_id = ?").param(person).query(UUID.class).single();

        // the manager: caseload and queue; allocating to nobody is refused; then to the worker
        WebSession mgr = new WebSession(port);
        mgr.signIn(manager);
        Page servicePage = mgr.get("/casework/services/" + service.id());
        assertThat(servicePage.status()).isEqualTo(200);
        assertThat(servicePage.html().select("#queue").text()).contains("CW-");
        assertThat(servicePage.html().select("#caseload").text()).contains("48 to 64"); // 0.8 FTE
        assertThat(mgr.post("/casework/cases/" + caseId + "/allocate", Map.of("worker", "")).status()).isEqualTo(400);
        assertThat(mgr.post("/casework/cases/" + caseId + "/allocate",
                Map.of("worker", worker.user().id().toString())).status()).isEqualTo(303);
        assertThat(mgr.get("/").html().text()).contains("Casework: allocation queue");

        // another agency's worker
        WebSession str = new WebSession(port);
        str.signIn(stranger);
        assertThat(str.get("/people/" + person + "/casework-referral").status()).as("no ground on the person")
                .isEqualTo(403);
        assertThat(str.get("/casework/cases/" + caseId).status()).isEqualTo(403);
        assertThat(str.get("/casework/cases/" + caseId + "/chronology").status()).isEqualTo(403);
        str.get("/casework/my-cases"); // a page with the session's CSRF token, so the refusal is the case's guard
        assertThat(str.post("/casework/cases/" + caseId + "/notes", Map.of("type", "RISK", "text", "x")).status())
                .isEqualTo(403);

        // the worker: the rules show before the contact form; a refused attempt writes nothing
        WebSession w = new WebSession(port);
        w.signIn(worker);
        Page casePage = w.get("/casework/cases/" + caseId);
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.html().select("#safe-contact-rules").text()).contains("Phone call Not safe")
                .contains("Text message Safe");
        // the heading names the case and the person without a stray space; no notes yet says so
        assertThat(casePage.html().select("h1").text()).matches("CW-\\S+: Rowan .+");
        assertThat(casePage.html().select("#no-case-notes").text()).isEqualTo("No case notes yet.");
        // handover: only services of the case's kind (see CaseHandoverPagesTest), never the case's own
        assertThat(casePage.html().select("#toService option").eachText()).first()
                .isEqualTo("Not to another service");
        assertThat(casePage.html().select("#toService option").eachAttr("value"))
                .doesNotContain(service.id().toString());
        assertThat(casePage.html().select("#toService-hint").text()).isIn(
                "The other services of this kind, of any agency or area",
                "No other service of this kind runs in the partnership");
        Page noMethod = w.post("/casework/cases/" + caseId + "/contacts", Map.of("attemptedOn.day", "1"));
        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(noMethod.errorSummary()).contains("real date");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Page noOutcome = w.post("/casework/cases/" + caseId + "/contacts", dated("attemptedOn", today,
                Map.of("method", "PHONE_CALL")));
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.errorSummary()).contains("Choose what came of it");
        assertThat(count("SELECT count(*) FROM casework_contact WHERE case_id = ?", caseId)).isZero();
        assertThat(w.post("/casework/cases/" + caseId + "/contacts", dated("attemptedOn", today,
                Map.of("method", "PHONE_CALL", "outcome", "SPOKE"))).status()).isEqualTo(303);
        assertThat(w.get("/casework/cases/" + caseId).html().select("#contact-attempts").text()).contains("Unsafe channel");
        assertThat(w.post("/casework/cases/" + caseId + "/notes", dated("notedOn", today,
                Map.of("type", "AGENCY_LIAISON", "text", "Spoke to the housing officer"))).status()).isEqualTo(303);
        Page noted = w.get("/casework/cases/" + caseId);
        assertThat(noted.html().select("#case-notes").text()).contains("Spoke to the housing officer");
        assertThat(noted.html().select("#no-case-notes")).isEmpty();
        Page planForm = w.get("/casework/cases/" + caseId + "/safety-plan");
        assertThat(planForm.status()).isEqualTo(200);
        // a victim of any sex: the hints do not assume a woman
        assertThat(planForm.html().select("main .govuk-hint").eachText()).contains(
                "People and numbers they can call in an emergency", "How and where to go if they must leave quickly")
                .noneMatch(hint -> hint.matches("(?i).*\\bshe\\b.*"));
        Page emptyPlan = w.post("/casework/cases/" + caseId + "/safety-plan", Map.of());
        assertThat(emptyPlan.status()).isEqualTo(400);
        assertThat(emptyPlan.errorSummary()).contains("at least one section");
        assertThat(w.post("/casework/cases/" + caseId + "/safety-plan", Map.of("codeWord", "Bluebell")).status())
                .isEqualTo(303);
        assertThat(w.get("/casework/cases/" + caseId + "/safety-plan").html().text()).contains("Bluebell");
        w.get("/casework/cases/" + caseId);
        assertThat(w.post("/casework/cases/" + caseId + "/engagement", Map.of("engagement", "ENGAGED")).status())
                .isEqualTo(303);
        assertThat(w.get("/casework/cases/" + caseId + "/chronology").html().text())
                .contains("Spoke to the housing officer").contains("Phone call: Spoke to them (on a channel marked unsafe)");
        assertThat(w.get("/casework/my-cases").html().select("#my-cases").text()).contains("CW-");
        Page risk = w.post("/casework/cases/" + caseId + "/risk-reviews", Map.of("stage", "INTAKE"));
        assertThat(risk.location()).isEqualTo("/people/" + person + "/risk/new");
        assertThat(mgr.get("/").html().text()).contains("Casework: contact on an unsafe channel");
    }

    private static Map<String, String> dated(String field, LocalDate day, Map<String, String> rest) {
        Map<String, String> all = new java.util.LinkedHashMap<>(rest);
        all.put(field + ".day", String.valueOf(day.getDayOfMonth()));
        all.put(field + ".month", String.valueOf(day.getMonthValue()));
        all.put(field + ".year", String.valueOf(day.getYear()));
        return all;
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
