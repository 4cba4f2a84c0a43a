package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Person pages as practitioners from involved and uninvolved agencies see them. */
@HearthIntegrationTest
class PersonPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private static String unique() {
        return Fixtures.uniqueName("Zz");
    }

    private String addPerson(WebSession web, String given, String family, String d, String m, String y, String postcode) {
        web.open("/people/new");
        Map<String, String> form = new HashMap<>(Map.of("givenName", given, "familyName", family,
                "dateOfBirth.day", d, "dateOfBirth.month", m, "dateOfBirth.year", y, "postcode", postcode,
                "sex", "FEMALE", "disability", "NOT_KNOWN"));
        Page page = web.post("/people/new", form);
        if (page.status() == 200 && page.html().title().startsWith("Is this someone")) {
            form.put("confirmedNew", "true");
            page = web.post("/people/new", form);
        }
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page.location().substring(page.location().lastIndexOf('/') + 1);
    }

    @Test
    void safeContactRulesHeadThePersonPage() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = unique();
        String id = addPerson(web, "Amira", family, "4", "3", "1990", "NF1 2AB");

        Page page = web.get("/people/" + id);
        assertThat(page.status()).isEqualTo(200);
        var main = page.html().selectFirst("#main-content");
        assertThat(main.child(0).id()).as("first thing on the page").isEqualTo("safe-contact");
        assertThat(main.selectFirst("#safe-contact").text()).contains("has not been fully agreed");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Amira " + family);
        assertThat(page.html().select("#addresses").text()).contains("NF1 2AB");
        // dates in words, as everywhere: "7 December 2025", not "7 Dec 2025"
        jdbc.sql("UPDATE person_address SET from_date = DATE '2025-12-07' WHERE person_id = ?")
                .param(UUID.fromString(id)).update();
        assertThat(web.get("/people/" + id).html().select("#addresses").text()).contains("7 December 2025 Current");

        web.post("/people/" + id + "/safe-contact", Map.of("call", "no", "voicemail", "no", "text", "yes",
                "post", "no", "email", "no", "safeTimes", "Weekdays 10am to 2pm"));
        Page after = web.get("/people/" + id);
        var afterMain = after.html().selectFirst("#main-content");
        assertThat(afterMain.child(0).hasClass("govuk-notification-banner--success"))
                .as("the success banner comes first (GOV.UK), above the safe-contact panel: %s", afterMain.child(0))
                .isTrue();
        assertThat(afterMain.child(0).text()).contains("Safe contact rules saved.");
        assertThat(afterMain.child(1).id()).isEqualTo("safe-contact");
        assertThat(after.html().selectFirst("#safe-contact").text()).doesNotContain("not been fully agreed")
                .contains("Weekdays 10am to 2pm").contains("Text: Safe").contains("Call: Not safe");
    }

    @Test
    void uninvolvedAgencySeesOnlyAStubUntilItBreaksTheGlass() {
        WebSession idva = new WebSession(port);
        idva.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = unique();
        String id = addPerson(idva, "Beth", family, "12", "7", "1985", "NF2 3CD");
        idva.get("/people/" + id);
        idva.post("/people/" + id + "/addresses",
                Map.of("line1", "14 Secret Lane", "town", "Northfield", "postcode", "NF9 9ZZ", "confidential", "true"));

        var stranger = fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER);
        WebSession school = new WebSession(port);
        school.signIn(stranger);
        Page stub = school.get("/people/" + id);
        assertThat(stub.status()).isEqualTo(200);
        assertThat(stub.html().title()).startsWith("Restricted record");
        assertThat(stub.html().select("#agencies-involved").text()).as("a specialist service is never named on the stub")
                .isEqualTo("A specialist service is involved");
        assertThat(stub.body()).doesNotContain("Northfield IDVA Service");
        assertThat(stub.body()).doesNotContain("Secret Lane").doesNotContain("NF9 9ZZ").doesNotContain("NF2 3CD")
                .doesNotContain("12 July 1985").doesNotContain("1985-07-12");
        assertThat(stub.html().selectFirst("#year-of-birth").text()).as("the stub shows the year of birth only")
                .isEqualTo("Born in 1985");
        assertThat(school.post("/people/" + id + "/addresses", Map.of("line1", "x", "postcode", "NF1 1AA")).status())
                .as("no writing without involvement").isEqualTo(403);

        school.get("/people/" + id);
        Page tooShort = school.post("/people/" + id + "/break-glass", Map.of("reason", "need"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.errorSummary()).contains("at least 10 characters");

        Page opened = school.post("/people/" + id + "/break-glass",
                Map.of("reason", "Child disclosed at school today; need to check safety plan"));
        assertThat(opened.status()).isEqualTo(303);
        Page full = school.get("/people/" + id);
        assertThat(full.html().selectFirst("h1").text()).isEqualTo("Beth " + family);
        assertThat(full.body()).contains("NF2 3CD").contains("breaking the glass")
                .doesNotContain("Secret Lane").doesNotContain("NF9 9ZZ");
        assertThat(full.html().selectFirst("#hidden-addresses").text())
                .as("said without a number (BreakGlassReadingTest)").startsWith("Confidential addresses are hidden:");

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'BREAK_GLASS' AND ? = ANY(record_ids) AND actor_id = ?")
                .params(id, stranger.user().id().value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'person' AND ? = ANY(record_ids)")
                .param(id).query(Integer.class).single()).as("every read audited").isGreaterThanOrEqualTo(4);

        WebSession governance = new WebSession(port);
        governance.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.INFORMATION_GOVERNANCE));
        Page reviews = governance.get("/break-glass");
        assertThat(reviews.status()).isEqualTo(200);
        var row = reviews.html().select("#breaks tbody tr").stream()
                .filter(r -> r.text().contains("Beth " + family)).findFirst().orElseThrow();
        assertThat(row.text()).contains(stranger.user().displayName()).contains("Kingsmoor Academy Trust")
                .contains("Child disclosed at school today");
        String action = row.selectFirst("form").attr("action");
        assertThat(governance.post(action, Map.of()).status()).isEqualTo(303);
        assertThat(governance.get("/break-glass").html().select("#breaks").text()).doesNotContain("Beth " + family);
        assertThat(school.get("/break-glass").status()).as("practitioners do not review").isEqualTo(403);
    }

    @Test
    void refugeIsRecordedWithoutAnyLocation() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String id = addPerson(web, "Cara", unique(), "1", "1", "1979", "");
        web.get("/people/" + id);
        Page bad = web.post("/people/" + id + "/addresses", Map.of("inRefuge", "true"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("service providing the refuge");

        web.get("/people/" + id);
        web.post("/people/" + id + "/addresses",
                Map.of("inRefuge", "true", "refugeService", "Haven Refuge", "line1", "1 Hidden Road", "postcode", "NF5 5RF"));
        Page page = web.get("/people/" + id);
        assertThat(page.html().select("#addresses").text()).contains("In refuge, via Haven Refuge")
                .doesNotContain("Hidden Road").doesNotContain("NF5 5RF");
        assertThat(jdbc.sql("SELECT count(*) FROM person_address WHERE person_id = ? AND (line1 IS NOT NULL OR postcode IS NOT NULL)")
                .param(UUID.fromString(id)).query(Integer.class).single()).as("no location stored").isZero();
    }

    @Test
    void onlyAnAllocatedWorkerSeesTheSafeNumber() {
        WebSession first = new WebSession(port);
        first.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String id = addPerson(first, "Dana", unique(), "2", "2", "1992", "");
        first.get("/people/" + id);
        first.post("/people/" + id + "/allocate", Map.of());
        first.get("/people/" + id);
        first.post("/people/" + id + "/safe-contact", Map.of("call", "yes", "voicemail", "no", "text", "no",
                "post", "no", "email", "no", "safePhone", "07700 900123"));
        assertThat(first.get("/people/" + id).html().selectFirst("#safe-phone").text()).isEqualTo("07700 900123");

        WebSession colleague = new WebSession(port);
        colleague.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        Page page = colleague.get("/people/" + id);
        assertThat(page.html().selectFirst("h1").text()).startsWith("Dana");
        assertThat(page.body()).doesNotContain("07700 900123").contains("show only to allocated workers");
    }

    @Test
    void theDoorShowsWhoMayAlreadyBeKnownAndHidesDetailsFromOthers() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String family = unique();
        addPerson(web, "Ellen", family, "4", "9", "1988", "NF3 4EF");

        web.open("/people/new");
        Page candidates = web.post("/people/new", Map.of("givenName", "Ellen", "familyName", family,
                "dateOfBirth.day", "9", "dateOfBirth.month", "4", "dateOfBirth.year", "1988", "sex", "FEMALE"));
        assertThat(candidates.html().title()).startsWith("Is this someone already known?");
        assertThat(candidates.html().select("#candidates tbody tr").first().text()).contains("Ellen " + family)
                .contains("Date of birth with day and month swapped").contains("Same family name")
                .as("words, never the engine's weights").doesNotContain("(+");

        WebSession other = new WebSession(port);
        other.signIn(fixtures.enrolledUserAt("Eastvale Primary Care Network", Role.PRACTITIONER));
        other.open("/people/new");
        Page hidden = other.post("/people/new", Map.of("givenName", "Ellen", "familyName", family,
                "dateOfBirth.day", "4", "dateOfBirth.month", "9", "dateOfBirth.year", "1988"));
        assertThat(hidden.html().select("#candidates").text()).contains("A possible match is held by agencies")
                .doesNotContain(family);
    }

    @Test
    void badInputIsExplained() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        web.open("/people/new");
        Page page = web.post("/people/new", Map.of("givenName", "", "familyName", "X", "dateOfBirth.day", "31",
                "dateOfBirth.month", "2", "dateOfBirth.year", "1990", "sex", "NOT_A_SEX"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("Enter their first name").contains("real date");
        assertThat(web.get("/people/not-a-uuid").status()).isEqualTo(400);
        assertThat(web.get("/people/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void detailsCanBeCorrectedByAnInvolvedAgencyOnly() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = unique();
        String id = addPerson(web, "Gwen", family, "5", "6", "1980", "");
        Page form = web.get("/people/" + id + "/edit");
        assertThat(form.html().selectFirst("#givenName").attr("value")).isEqualTo("Gwen");
        assertThat(form.html().selectFirst("#dateOfBirth\\.year").attr("value")).isEqualTo("1980");
        assertThat(form.html().select("#postcode")).as("addresses are added on the person page").isEmpty();

        Page bad = web.post("/people/" + id + "/edit", Map.of("givenName", "", "familyName", family));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorSummary()).contains("Enter their first name");

        web.get("/people/" + id + "/edit");
        Page saved = web.post("/people/" + id + "/edit", Map.of("givenName", "Gwendolyn", "familyName", family,
                "aliases", "Gwen Hart", "dateOfBirth.day", "5", "dateOfBirth.month", "6", "dateOfBirth.year", "1980",
                "sex", "FEMALE", "ethnicity", "WHITE_IRISH", "disability", "NO", "firstLanguage", "Irish"));
        assertThat(saved.status()).isEqualTo(303);
        Page page = web.get("/people/" + id);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Gwendolyn " + family);
        assertThat(page.html().select("#person-details").text()).contains("Gwen Hart").contains("White: Irish")
                .contains("Irish");

        WebSession other = new WebSession(port);
        other.signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        assertThat(other.get("/people/" + id + "/edit").status()).isEqualTo(403);
    }

    /** Issue 12: coded sexual orientation and gender identity (for the MARAC return), the free text kept beside. */
    @Test
    void sexualOrientationAndGenderIdentityAreCodedWithTheirOwnWordsBeside() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = unique();
        String id = addPerson(web, "Robin", family, "5", "6", "1985", "");
        assertThat(web.get("/people/" + id).html().select("#sexual-orientation").text()).isEqualTo("Not known");
        Page form = web.get("/people/" + id + "/edit");
        assertThat(form.html().select("#sexualOrientationCode option").eachAttr("value")).contains("GAY_OR_LESBIAN",
                "BISEXUAL", "NOT_STATED", "NOT_KNOWN");
        assertThat(form.html().select("#genderIdentityCode option").eachAttr("value")).contains("TRANS_WOMAN",
                "NOT_STATED", "NOT_KNOWN");
        Page saved = web.post("/people/" + id + "/edit", Map.of("givenName", "Robin", "familyName", family,
                "sex", "FEMALE", "disability", "NO", "sexualOrientationCode", "BISEXUAL",
                "sexualOrientation", "Pan", "genderIdentityCode", "NOT_STATED"));
        assertThat(saved.status()).isEqualTo(303);
        Page page = web.get("/people/" + id);
        assertThat(page.html().select("#sexual-orientation").text()).isEqualTo("Bisexual (\u201cPan\u201d)");
        assertThat(page.html().select("#gender-identity").text()).isEqualTo("Prefers not to say");

        web.get("/people/" + id + "/edit");
        Page bad = web.post("/people/" + id + "/edit", Map.of("givenName", "Robin", "familyName", family,
                "sexualOrientationCode", "NOT_A_CODE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(web.get("/people/" + id).html().select("#sexual-orientation").text()).as("nothing half-saved")
                .startsWith("Bisexual");
    }

    @Test
    void analystsNeverSeePeople() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(web.get("/people/new").status()).isEqualTo(403);
        assertThat(web.get("/people/" + UUID.randomUUID()).status()).isEqualTo(403);
    }
}
