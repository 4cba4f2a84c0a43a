package org.hearth.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.admin.Forms;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators list, add and change the partnership's agencies through the pages. */
@HearthIntegrationTest
class AgencyAdminTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;

    WebSession web;

    @BeforeEach
    void signInAsAdministrator() {
        web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
    }

    @Test
    void addedAgencyIsListed() {
        String name = unique("Riverside Refuge");
        Page list = web.open("/admin/agencies");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("a.govuk-button").eachText()).contains("Add an agency");
        assertThat(list.html().select(".govuk-service-navigation__link").eachText()).contains("Agencies");

        Page form = web.open(list.html().selectFirst("a.govuk-button:contains(Add an agency)").attr("href"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().title()).startsWith("Add an agency");
        assertThat(form.html().select("input[name=sector]")).hasSize(Sector.values().length);
        assertThat(form.html().select("#area option").first().text()).isEqualTo("Whole partnership");

        Page saved = web.post("/admin/agencies", Map.of("name", name, "sector", "HEALTH", "statutory", "true",
                "area", "", "active", "true", "_active", "on"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).endsWith("/admin/agencies");

        Page after = web.open(saved.location());
        assertThat(Forms.successBanner(after)).contains(name + " has been added");
        Element row = row(after, name);
        assertThat(row.select("td").eachText()).containsExactly("Health", "Statutory", "Whole partnership", "Active",
                "Change " + name);
        assertThat(web.open("/admin/agencies").html().select(".govuk-notification-banner"))
                .as("the banner shows once").isEmpty();
    }

    @Test
    void missingAnswersGiveA400WithAnErrorSummary() {
        web.open("/admin/agencies/new");
        Page page = web.post("/admin/agencies", Map.of("name", "  ", "_active", "on"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Error: Add an agency");
        assertThat(page.errorSummary()).contains("Enter the agency's name", "Select the agency's sector",
                "Select whether the agency is statutory or voluntary");
        assertThat(page.html().select(".govuk-error-summary a").eachAttr("href"))
                .as("in the order of the form").containsExactly("#name", "#sector", "#statutory");
        assertThat(Forms.fieldError(page, "name")).contains("Enter the agency's name");
        assertThat(page.html().selectFirst("#name").hasClass("govuk-input--error")).isTrue();
        assertThat(page.html().select(".govuk-form-group--error")).hasSize(3);
    }

    @Test
    void duplicateNameIsAnErrorOnTheName() {
        String name = unique("Harbour Outreach");
        web.open("/admin/agencies/new");
        assertThat(web.post("/admin/agencies", agency(name, "VOLUNTARY", "false")).status()).isEqualTo(303);

        web.open("/admin/agencies/new");
        Page again = web.post("/admin/agencies", agency(name.toUpperCase(), "VOLUNTARY", "false"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorSummary()).contains("An agency with that name already exists");
        assertThat(Forms.fieldError(again, "name")).contains("already exists");
        assertThat(again.html().selectFirst("#name").attr("value")).isEqualTo(name.toUpperCase());
        assertThat(again.html().selectFirst("input[name=sector][value=VOLUNTARY]").hasAttr("checked")).isTrue();
    }

    @Test
    void malformedAnswersGiveA4xxPageNotA500() {
        web.open("/admin/agencies/new");
        Page sector = web.post("/admin/agencies", agency(unique("Odd Agency"), "NOT_A_SECTOR", "true"));
        assertThat(sector.status()).isEqualTo(400);
        assertThat(sector.errorSummary()).contains("Select the agency's sector");
        assertThat(sector.body()).doesNotContain("Exception").doesNotContain("Failed to convert");

        web.open("/admin/agencies/new");
        Map<String, String> fields = new java.util.HashMap<>(agency(unique("Odd Agency"), "POLICE", "perhaps"));
        fields.put("area", "not-an-area");
        Page odd = web.post("/admin/agencies", fields);
        assertThat(odd.status()).isEqualTo(400);
        assertThat(odd.errorSummary()).contains("Select whether the agency is statutory or voluntary",
                "Select an area from the list");

        web.open("/admin/agencies/new");
        fields.put("statutory", "true");
        fields.put("area", UUID.randomUUID().toString());
        Page unknownArea = web.post("/admin/agencies", fields);
        assertThat(unknownArea.status()).isEqualTo(400);
        assertThat(unknownArea.errorSummary()).contains("Select an area from the list");

        Page notAnId = Forms.browse(web, "/admin/agencies/not-a-uuid/edit");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.html().select("h1").text()).isEqualTo("There is a problem with your request");
        assertThat(notAnId.body()).doesNotContain("Exception");

        Page missing = Forms.browse(web, "/admin/agencies/" + UUID.randomUUID() + "/edit");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html().select("h1").text()).isEqualTo("Page not found");

        web.open("/admin/agencies/new");
        Page postToMissing = web.post("/admin/agencies/" + UUID.randomUUID() + "/edit",
                agency(unique("Ghost Agency"), "POLICE", "true"));
        assertThat(postToMissing.status()).isEqualTo(404);
    }

    @Test
    void agencyCanBeChanged() {
        var area = partnerships.areas().stream().findFirst()
                .orElseGet(() -> partnerships.addArea(unique("Testdale"), 50_000));
        String name = unique("Lakeside Probation");
        Agency agency = partnerships.createAgency(new org.hearth.partnership.AgencyDetails(name, Sector.PROBATION,
                true, null, true));

        Page list = web.open("/admin/agencies");
        String editHref = row(list, name).selectFirst("a:contains(Change)").attr("href");
        assertThat(editHref).isEqualTo("/admin/agencies/" + agency.id() + "/edit");

        Page form = web.open(editHref);
        assertThat(form.html().title()).startsWith("Change " + name);
        assertThat(form.html().selectFirst("#name").attr("value")).isEqualTo(name);
        assertThat(form.html().selectFirst("input[name=sector][value=PROBATION]").hasAttr("checked")).isTrue();
        assertThat(form.html().selectFirst("#statutory").hasAttr("checked")).isTrue();
        assertThat(form.html().selectFirst("#active").hasAttr("checked")).isTrue();

        String renamed = name + " Service";
        Page saved = web.post(editHref, Map.of("name", renamed, "sector", "VOLUNTARY", "statutory", "false",
                "area", area.id().toString(), "_active", "on"));
        assertThat(saved.status()).isEqualTo(303);
        Page after = web.open(saved.location());
        assertThat(Forms.successBanner(after)).contains(renamed + " has been updated");
        assertThat(row(after, renamed).select("td").eachText())
                .containsExactly("Voluntary and community", "Voluntary", area.name(), "Inactive", "Change " + renamed);
        assertThat(partnerships.agency(agency.id()).orElseThrow().active()).isFalse();

        web.open(editHref);
        Page blank = web.post(editHref, Map.of("name", "", "sector", "VOLUNTARY", "statutory", "false"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorSummary()).contains("Enter the agency's name");
        assertThat(partnerships.agency(agency.id()).orElseThrow().name()).isEqualTo(renamed);
    }

    private static Map<String, String> agency(String name, String sector, String statutory) {
        return Map.of("name", name, "sector", sector, "statutory", statutory, "area", "", "active", "true",
                "_active", "on");
    }

    private static Element row(Page page, String name) {
        return page.html().select("#agencies tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed"));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
