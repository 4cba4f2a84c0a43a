package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.services.ServiceDirectory;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, points 12 and 14: one rule for text in forms, query parameters and API bodies (control characters,
 * bidirectional overrides and lone surrogates refused with a 400 naming the field; names NFC-normalised; zero-width
 * joiners kept), a field path the form cannot hold is a 400, and a JSON value of the wrong type is a 400.
 */
@HearthIntegrationTest
class InputRulesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    JdbcClient jdbc;

    private WebSession coordinator() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        return web;
    }

    private static Map<String, String> service(String name) {
        Map<String, String> f = new HashMap<>();
        f.put("name", name);
        f.put("providerName", "Input Rules Provider");
        f.put("kind", "OUTREACH");
        f.put("areas", "ALL");
        f.put("phone", "0300 000 0000");
        f.put("description", "Line one.\r\nLine two,\twith a tab.");
        LocalDate today = LocalDate.now();
        f.put("lastReviewed.day", String.valueOf(today.getDayOfMonth()));
        f.put("lastReviewed.month", String.valueOf(today.getMonthValue()));
        f.put("lastReviewed.year", String.valueOf(today.getYear()));
        return f;
    }

    private long services(String name) {
        return directory.all().stream().filter(s -> s.name().startsWith(name)).count();
    }

    @Test
    void aNulByteInAFormFieldIsAFieldErrorWithA400AndNothingIsSaved() {
        WebSession web = coordinator();
        String name = Fixtures.uniqueName("Nul service ");
        web.open("/directory/manage/new");
        Page page = web.post("/directory/manage", service(name + "\u0000"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("control character");
        assertThat(page.html().selectFirst("#name-error").text()).contains("control character");
        assertThat(page.html().selectFirst("#name").attr("value")).as("shown back without the NUL").isEqualTo(name);
        assertThat(services(name)).isZero();
    }

    @Test
    void bidirectionalOverridesAndLineBreaksInShortTextAreRefusedButLongTextKeepsItsLines() {
        WebSession web = coordinator();
        String name = Fixtures.uniqueName("Bidi service ");
        web.open("/directory/manage/new");
        Page bidi = web.post("/directory/manage", service(name + "\u202Egpj.exe"));
        assertThat(bidi.status()).isEqualTo(400);
        assertThat(bidi.html().selectFirst("#name-error").text()).contains("reverses the direction of text");
        web.open("/directory/manage/new");
        Page isolate = web.post("/directory/manage", service(name + "\u2067x\u2069"));
        assertThat(isolate.status()).isEqualTo(400);
        web.open("/directory/manage/new");
        Page tab = web.post("/directory/manage", service(name + "\tx"));
        assertThat(tab.status()).isEqualTo(400);
        assertThat(tab.html().selectFirst("#name-error").text()).contains("one line");
        assertThat(services(name)).isZero();

        web.open("/directory/manage/new");
        Page saved = web.post("/directory/manage", service(name));
        assertThat(saved.status()).as(String.valueOf(saved.errorSummary())).isEqualTo(303);
        assertThat(directory.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().details()
                .description()).contains("Line one.").contains("\twith a tab");
    }

    @Test
    void namesAreNfcNormalisedAndZeroWidthJoinersAreKept() {
        WebSession web = coordinator();
        String name = Fixtures.uniqueName("Zoe\u0301 ");
        web.open("/directory/manage/new");
        assertThat(web.post("/directory/manage", service(name)).status()).isEqualTo(303);
        String composed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        assertThat(composed).isNotEqualTo(name).startsWith("Zo\u00e9 ");
        assertThat(directory.all().stream().map(s -> s.name()).toList()).contains(composed).doesNotContain(name);

        String joined = Fixtures.uniqueName("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 ");
        web.open("/directory/manage/new");
        assertThat(web.post("/directory/manage", service(joined)).status()).isEqualTo(303);
        assertThat(directory.all().stream().map(s -> s.name()).toList()).as("ZWNJ kept in the stored name")
                .contains(joined);
    }

    @Test
    void aNulByteInAQueryParameterIsA400NamingIt() {
        Page search = new WebSession(port).get("/directory?q=refuge%00");
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.errorSummary()).contains("control character");

        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        Page trail = admin.get("/audit?recordType=%E2%80%AEx");
        assertThat(trail.status()).isEqualTo(400);
        assertThat(trail.errorSummary()).contains("recordType").contains("reverses the direction of text");
    }

    @Test
    void aFieldIndexBeyondWhatTheFormHoldsIsA400NotA500() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Input Rules Police", Role.PRACTITIONER));
        web.open("/referrals/new");
        Page page = web.post("/referrals/new", Map.of("children[999].givenName", "Hal", "victimFamilyName", "X"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("children[999]").contains("not a field of this form")
                .doesNotContain("Exception");
    }

    // ---------------------------------------------------------------- the API

    private String token() {
        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUserAt("Hearth Admin Team", Role.SYSTEM_ADMIN));
        String agency = partnerships.agencies().stream().filter(a -> a.name().equals("Input Rules Police")).findFirst()
                .orElseGet(() -> partnerships.createAgency(new AgencyDetails("Input Rules Police", Sector.POLICE, true,
                        null, true))).id().toString();
        admin.open("/admin/api-clients/new");
        Page created = admin.post("/admin/api-clients", Map.of("name", Fixtures.uniqueName("Input rules "), "agency",
                agency, "scopes", "referrals:write"));
        return created.html().selectFirst("#token").text();
    }

    private static String referral(String given, String family, String incidentDate, String narrative) {
        return """
                {"referrerName": "PC Dana Wells", "incidentDate": %s, "incidentTime": "22:15",
                 "policeReference": "IR/%s",
                 "victim": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "1990-04-12", "sex": "FEMALE",
                            "postcode": "NF1 2AB"},
                 "relationship": "INTIMATE_PARTNER", "abuseTypes": ["PHYSICAL"],
                 "consent": "GIVEN", "narrative": "%s"}
                """.formatted(incidentDate, Fixtures.uniqueName(""), given, family, narrative);
    }

    private Page post(String token, String json) {
        WebSession web = new WebSession(port);
        return web.send(HttpRequest.newBuilder(web.uri("/api/referrals")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long people(String family) {
        return jdbc.sql("SELECT count(*) FROM person WHERE family_name LIKE ?").param(family + "%")
                .query(Long.class).single();
    }

    @Test
    void apiTextBreakingTheRuleIsA400ProblemNamingTheField() {
        String token = token();
        String yesterday = "\"" + LocalDate.now().minusDays(1) + "\"";
        String family = Fixtures.uniqueName("Api");
        Map<String, String> cases = Map.of(
                "Fern\\u0000", "victim.givenName",
                "Fern\\u202e", "victim.givenName",
                "Fern\\ud800", "victim.givenName",
                "Fern\\u0007", "victim.givenName",
                "Fern\\nSmith", "victim.givenName");
        cases.forEach((given, field) -> {
            Page page = post(token, referral(given, family, yesterday, "Fine."));
            assertThat(page.status()).as(given).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("application/problem+json");
            assertThat(page.body()).as(given).contains("\"field\":\"" + field + "\"").contains("This answer");
        });
        Page narrative = post(token, referral("Fern", family, yesterday, "Bad\\u0000narrative"));
        assertThat(narrative.status()).isEqualTo(400);
        assertThat(narrative.body()).contains("\"field\":\"narrative\"");
        assertThat(people(family)).as("nothing written").isZero();

        Page lines = post(token, referral("Fern", family, yesterday, "Line one.\\nLine two.\\tTabbed."));
        assertThat(lines.status()).as(lines.body()).isEqualTo(201);
    }

    @Test
    void apiNamesAreNfcNormalisedAndKeepZeroWidthJoiners() {
        String token = token();
        String yesterday = "\"" + LocalDate.now().minusDays(1) + "\"";
        String family = Fixtures.uniqueName("Nfc");
        Page page = post(token, referral("Zoe\\u0301", family + "\\u200d", yesterday, "Fine."));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        List<String> names = jdbc.sql("SELECT given_name || '|' || family_name FROM person WHERE family_name LIKE ?")
                .param(family + "%").query(String.class).list();
        assertThat(names).containsExactly("Zo\u00e9|" + family + "\u200d");
    }

    @Test
    void aJsonValueOfTheWrongTypeIsA400NamingTheField() {
        String token = token();
        String family = Fixtures.uniqueName("Type");
        Page number = post(token, referral("Fern", family, "123", "Fine."));
        assertThat(number.status()).as(number.body()).isEqualTo(400);
        assertThat(number.body()).contains("\"field\":\"incidentDate\"");
        Page text = post(token, referral("Fern", family, "\"" + LocalDate.now().minusDays(1) + "\"", "Fine.")
                .replace("\"referrerName\": \"PC Dana Wells\"", "\"referrerName\": 42"));
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.body()).contains("\"field\":\"referrerName\"");
        Page bool = post(token, referral("Fern", family, "\"" + LocalDate.now().minusDays(1) + "\"", "Fine.")
                .replace("\"narrative\": \"Fine.\"", "\"narrative\": true"));
        assertThat(bool.status()).as(bool.body()).isEqualTo(400);
        assertThat(bool.body()).contains("\"field\":\"narrative\"");
        assertThat(people(family)).isZero();
    }
}
