package org.hearth.encompass.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.encompass.Phase;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.encompass.Term;
import org.hearth.encompass.internal.IncidentNotifier.Child;
import org.hearth.encompass.internal.IncidentNotifier.Incident;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schools register after the import: unlinking a key adult's account ends their access at once (page, API and
 * acknowledgement), and a school's details, terms and non-school days are changed by page and API with field
 * errors, never half written.
 */
@HearthIntegrationTest
class SchoolRegisterTest {

    @LocalServerPort
    int port;
    @Autowired
    Schools schools;
    @Autowired
    JdbcSchools jdbcSchools;
    @Autowired
    IncidentNotifier notifier;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    AreaId area() {
        fixtures.agency("Northshire Police");
        return partnerships.areas().stream().filter(a -> a.name().equals("Encompass Test Area")).findFirst()
                .map(Area::id).orElseGet(() -> partnerships.addArea("Encompass Test Area", 50_000).id());
    }

    static String urn() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    SchoolId school(String name) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> jdbcSchools.insert(id, area(), Fixtures.uniqueName(name), urn(), Phase.PRIMARY,
                "Dana Lead", "lead@school.example.test", null, null, LocalTime.of(8, 50),
                List.of(new Term(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18))), List.of()));
        return new SchoolId(id);
    }

    @Test
    void unlinkingAKeyAdultEndsTheirAccessAtOnce() {
        SchoolId school = school("Unlink Primary");
        Child pupil = new Child(new PersonId(UUID.randomUUID()), true, "Hana Unlinked", LocalDate.of(2017, 4, 4), null);
        tx.executeWithoutResult(t -> schools.linkChild(pupil.id(), school));
        notifier.record(new Incident(UUID.randomUUID(), area(), "Northshire Police", "NP/" + urn(),
                LocalDate.of(2026, 12, 6), LocalTime.of(22, 0), "Officers attended.", List.of(pupil)));
        UUID notification = jdbc.sql("SELECT id FROM encompass_notification WHERE child_id = ?")
                .param(pupil.id().value()).query(UUID.class).single();
        TestUser keyAdult = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        TestUser second = fixtures.enrolledUser(Role.ESTABLISHMENT_CONTACT);
        tx.executeWithoutResult(t -> {
            schools.addContact(school, keyAdult.user().id());
            schools.addContact(school, second.user().id());
        });
        WebSession adult = new WebSession(port);
        adult.signIn(keyAdult);
        assertThat(adult.get("/establishment/notifications").body()).contains("Hana Unlinked");
        assertThat(adult.get("/establishment/notifications/" + notification).status()).isEqualTo(200);

        // the hub removes the account on the school's page: the same session sees nothing from that moment
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        Page page = hub.get("/encompass/schools/" + school);
        assertThat(page.html().select("#contacts").text()).contains(keyAdult.user().displayName());
        assertThat(hub.post("/encompass/schools/" + school + "/contacts/" + keyAdult.user().id() + "/remove", Map.of())
                .status()).isEqualTo(303);
        assertThat(hub.get("/encompass/schools/" + school).html().select("#contacts").text())
                .doesNotContain(keyAdult.user().displayName());
        assertThat(adult.get("/establishment/notifications").body()).doesNotContain("Hana Unlinked");
        assertThat(adult.get("/establishment/notifications/" + notification).status()).isEqualTo(404);
        assertThat(adult.get("/api/establishment/notifications/" + notification).status()).isEqualTo(404);
        adult.get("/establishment/notifications");
        assertThat(adult.post("/establishment/notifications/" + notification + "/acknowledge", Map.of()).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'school' AND ? = ANY(record_ids) "
                + "AND reason LIKE '%removed%'").param(keyAdult.user().id().toString()).query(Long.class).single())
                .as("the unlinking is audited").isPositive();

        // by the API: the second account unlinked (204), then there is nothing to unlink (404)
        String csrf = hub.get("/encompass/schools/" + school).csrf();
        HttpRequest.Builder delete = HttpRequest.newBuilder(hub.uri("/api/encompass/schools/" + school + "/contacts/"
                + second.user().id())).header("X-CSRF-TOKEN", csrf).DELETE();
        assertThat(hub.send(delete).status()).isEqualTo(204);
        WebSession secondSession = new WebSession(port);
        secondSession.signIn(second);
        assertThat(secondSession.get("/establishment/notifications/" + notification).status()).isEqualTo(404);
        csrf = hub.get("/encompass/schools/" + school).csrf();
        assertThat(hub.send(HttpRequest.newBuilder(hub.uri("/api/encompass/schools/" + school + "/contacts/"
                + second.user().id())).header("X-CSRF-TOKEN", csrf).DELETE()).status()).isEqualTo(404);
    }

    private static Map<String, String> form(String name, String urn, String email, String terms, String closures) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("urn", urn);
        f.put("phase", "PRIMARY");
        f.put("leadName", "Dana Lead");
        f.put("leadEmail", email);
        f.put("deputyName", "");
        f.put("deputyEmail", "");
        f.put("startsAt", "08:30");
        f.put("termsText", terms);
        f.put("closuresText", closures);
        return f;
    }

    @Test
    void aSchoolsDetailsAndTermsAreChangedByPageAndApiWithFieldErrors() {
        SchoolId school = school("Edit Primary");
        String before = schools.find(school).orElseThrow().name();
        String taken = schools.find(school("Taken Primary")).orElseThrow().urn();
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUser(Role.HUB_COORDINATOR));
        Page edit = hub.get("/encompass/schools/" + school + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.html().getElementById("termsText").text()).as("shown as a UK user writes it")
                .isEqualTo("3 September 2026 to 18 December 2026");

        Page refused = hub.post("/encompass/schools/" + school, form("", "12345", "not-an-email",
                "2026-09-03..2026-08-01\n2027-01-05..2027-03-26", "2026-13-01"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Enter the school's name", "The URN must be 6 digits",
                "e-mail", "Line 1: the term ends before it starts", "Line 1: \"2026-13-01\" is not a real date");
        assertThat(refused.html().getElementById("urn").attr("value")).isEqualTo("12345");
        assertThat(hub.post("/encompass/schools/" + school, form(before, taken, "lead@school.example.test", "", ""))
                .errorSummary()).contains("another school's");
        assertThat(hub.post("/encompass/schools/" + school, form(before, urn(), "lead@school.example.test",
                "2026-09-03..2026-10-23\n2026-10-20..2026-12-18", "")).errorSummary()).contains("overlap");
        // a bad line is named by its number and why, beside the field and in the error summary
        Page badLine = hub.post("/encompass/schools/" + school, form(before, urn(), "lead@school.example.test",
                "3/9/2026 to 23/10/2026\n31/9/2026 to 18/12/2026", "2 November 2026\nthe Monday after"));
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(badLine.errorSummary()).contains("Line 2: \"31/9/2026\" is not a real date",
                "Line 2: \"the Monday after\" is not a date like 3/9/2026 or 3 September 2026");
        assertThat(badLine.html().getElementById("termsText-error").text()).contains("Line 2:");
        assertThat(badLine.html().getElementById("termsText").wholeText().strip()).as("as typed")
                .isEqualTo("3/9/2026 to 23/10/2026\n31/9/2026 to 18/12/2026");
        assertThat(schools.find(school).orElseThrow().startsAt()).as("nothing half written").isEqualTo(LocalTime.of(8, 50));
        assertThat(schools.terms(school)).hasSize(1);

        String urn = urn();
        Page saved = hub.post("/encompass/schools/" + school, form(before + " Renamed", urn, "new-lead@school.example.test",
                "3/9/2026 to 23/10/2026\n2 November 2026 to 18 December 2026", "2/11/2026"));
        assertThat(saved.status()).isEqualTo(303);
        var s = schools.find(school).orElseThrow();
        assertThat(s.name()).isEqualTo(before + " Renamed");
        assertThat(s.urn()).isEqualTo(urn);
        assertThat(s.startsAt()).isEqualTo(LocalTime.of(8, 30));
        assertThat(schools.terms(school)).containsExactly(
                new Term(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 10, 23)),
                new Term(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 18)));
        assertThat(schools.closures(school)).containsExactly(LocalDate.of(2026, 11, 2));
        assertThat(hub.get("/encompass/schools/" + school + "/edit").html().getElementById("closuresText").text())
                .isEqualTo("2 November 2026");
        // the clock follows the new calendar: half term and the INSET Monday skipped, at the new start time
        assertThat(schools.dueFor(school, LocalDateTime.parse("2026-10-23T16:00")))
                .isEqualTo(LocalDateTime.parse("2026-11-03T08:30"));

        // the API: problem details naming each field, then a valid change
        String csrf = hub.get("/encompass/schools/" + school + "/edit").csrf();
        Page problem = hub.send(HttpRequest.newBuilder(hub.uri("/api/encompass/schools/" + school))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .header("Accept", "application/problem+json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name": "X", "urn": "abc", "phase": "Nursery", "leadName": "Dana Lead",
                         "leadEmail": "lead@school.example.test", "startsAt": "25:00", "terms": [], "closures": []}""")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body()).contains("\"urn\"", "\"phase\"", "\"startsAt\"");
        Page ok = hub.send(HttpRequest.newBuilder(hub.uri("/api/encompass/schools/" + school))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "urn": "%s", "phase": "PRIMARY", "leadName": "Dana Lead",
                         "leadEmail": "lead@school.example.test", "startsAt": "08:40",
                         "terms": ["2026-09-03..2026-12-18"], "closures": []}""".formatted(before, urn))));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).contains("08:40", "2026-09-03..2026-12-18");
        assertThat(schools.terms(school)).hasSize(1);

        // nobody else changes the register
        WebSession practitioner = new WebSession(port);
        practitioner.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        assertThat(practitioner.get("/encompass/schools/" + school + "/edit").status()).isEqualTo(403);
        assertThat(practitioner.get("/api/encompass/schools/" + school).status()).isEqualTo(403);
    }
}
