package org.hearth.encompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The GP practices register's CSV import (a row-by-row report, by the page) and its JSON API (list, create, read,
 * update; problem details naming each field; hub coordinators and administrators only).
 */
@HearthIntegrationTest
class GpRegisterImportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;

    Area area() {
        fixtures.agency("Test Agency");
        return partnerships.areas().stream().filter(a -> a.name().equals("GP Import Area")).findFirst()
                .orElseGet(() -> partnerships.addArea("GP Import Area", 40_000));
    }

    static String ods() {
        return "Z" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    private WebSession as(Role role) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(role));
        return web;
    }

    private static Page upload(WebSession web, String csv) {
        String csrf = web.get("/encompass/gp/import").csrf();
        String boundary = "----hearth" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gp.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return web.send(HttpRequest.newBuilder(web.uri("/encompass/gp/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    @Test
    void theImportReportsEveryRowAndAddsOnlyTheGoodOnes() {
        Area area = area();
        String good = ods();
        String name = Fixtures.uniqueName("Meadow Surgery ");
        String csv = String.join("\n",
                "area,name,ods_code,contact_name,contact_email,routine_enquiry",
                area.name() + "," + name + "," + good.toLowerCase() + ",Dr Ada Lead,ada@practice.example.test,YES",
                area.name() + ",Bad Code Surgery,12345,Dr Ada Lead,ada@practice.example.test,",
                area.name() + ",Twice Surgery," + good + ",Dr Ada Lead,ada@practice.example.test,NO",
                "Nowhere,Lost Surgery," + ods() + ",Dr Ada Lead,ada@practice.example.test,NO",
                area.name() + ",Maybe Surgery," + ods() + ",,not-an-address,SOMETIMES");
        WebSession hub = as(Role.HUB_COORDINATOR);
        Page report = upload(hub, csv);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.html().select("#report-heading").text()).isEqualTo("1 added, 4 refused");
        assertThat(report.html().select("#line-2").text()).contains(name, "Added");
        assertThat(report.html().select("#line-3").text()).contains("ODS code");
        assertThat(report.html().select("#line-4").text()).contains("ODS code " + good + " appears twice in the file");
        assertThat(report.html().select("#line-5").text()).contains("Unknown area \"Nowhere\"");
        assertThat(report.html().select("#line-6").text()).contains("safeguarding lead", "work e-mail",
                "Unknown routine enquiry \"SOMETIMES\"");
        assertThat(jdbc.sql("SELECT routine_enquiry FROM gp_practice WHERE ods_code = ?").param(good)
                .query(String.class).single()).isEqualTo("YES");
        assertThat(jdbc.sql("SELECT count(*) FROM gp_practice WHERE name IN ('Bad Code Surgery', 'Twice Surgery', "
                + "'Lost Surgery', 'Maybe Surgery')").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND record_type = 'gp-practice' "
                + "AND reason = 'GP practices CSV import'").query(Integer.class).single()).isPositive();

        // again: the practice is already in the register, by code and by name
        Page again = upload(hub, csv.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertThat(again.html().select("#line-2").text()).contains("ODS code " + good + " is already in the register",
                "A practice called " + name + " is already listed in " + area.name());

        // a file without the columns: one problem, nothing read
        Page wrong = upload(hub, "name,code\nA,B");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorSummary()).contains("must name the columns");

        // nobody else imports
        assertThat(as(Role.PRACTITIONER).get("/encompass/gp/import").status()).isEqualTo(403);
    }

    private static HttpRequest.Builder json(WebSession web, String path, String csrf) {
        return HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", csrf);
    }

    @Test
    void theApiListsCreatesAndChangesPracticesWithProblemDetails() {
        Area area = area();
        WebSession admin = as(Role.SYSTEM_ADMIN);
        String csrf = admin.get("/encompass/gp").csrf();
        Page problem = admin.send(json(admin, "/api/encompass/gp-practices", csrf).POST(HttpRequest.BodyPublishers
                .ofString("""
                        {"area": "nowhere", "name": "", "odsCode": "123", "contactName": "Dr Ada Lead",
                         "contactEmail": "nope", "routineEnquiry": "MAYBE"}""")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"area\"", "\"name\"", "\"odsCode\"", "\"contactEmail\"",
                "\"routineEnquiry\"");
        assertThat(problem.body()).doesNotContain("\"contactName\"");

        String ods = ods();
        String name = Fixtures.uniqueName("Brook Surgery ");
        Page created = admin.send(json(admin, "/api/encompass/gp-practices", csrf).POST(HttpRequest.BodyPublishers
                .ofString("""
                        {"area": "%s", "name": "%s", "odsCode": "%s", "contactName": "Dr Ada Lead",
                         "contactEmail": "ada@practice.example.test", "routineEnquiry": "IN_DISCUSSION"}"""
                        .formatted(area.id().value(), name, ods))));
        assertThat(created.status()).isEqualTo(201);
        String id = jdbc.sql("SELECT id FROM gp_practice WHERE ods_code = ?").param(ods).query(UUID.class).single()
                .toString();
        assertThat(created.header("Location")).endsWith("/api/encompass/gp-practices/" + id);
        assertThat(created.body()).contains("\"routineEnquiry\":\"IN_DISCUSSION\"", name);

        Page list = admin.get("/api/encompass/gp-practices");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(id, "\"notifications\":0");

        Page bad = admin.send(json(admin, "/api/encompass/gp-practices/" + id, csrf).PUT(HttpRequest.BodyPublishers
                .ofString("""
                        {"name": "%s", "odsCode": "%s", "contactName": "", "contactEmail": "ada@practice.example.test",
                         "routineEnquiry": "YES"}""".formatted(name, ods))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"contactName\"");
        Page changed = admin.send(json(admin, "/api/encompass/gp-practices/" + id, csrf).PUT(HttpRequest.BodyPublishers
                .ofString("""
                        {"name": "%s", "odsCode": "%s", "contactName": "Dr Bea Lead",
                         "contactEmail": "bea@practice.example.test", "routineEnquiry": "YES"}"""
                        .formatted(name, ods))));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(admin.get("/api/encompass/gp-practices/" + id).body()).contains("Dr Bea Lead",
                "\"routineEnquiry\":\"YES\"");
        assertThat(admin.get("/api/encompass/gp-practices/" + UUID.randomUUID()).status()).isEqualTo(404);

        // other roles are refused before the body is read
        WebSession practitioner = as(Role.PRACTITIONER);
        String theirs = practitioner.get("/").csrf();
        assertThat(practitioner.get("/api/encompass/gp-practices").status()).isEqualTo(403);
        assertThat(practitioner.send(json(practitioner, "/api/encompass/gp-practices/" + id, theirs)
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(403);
    }
}
