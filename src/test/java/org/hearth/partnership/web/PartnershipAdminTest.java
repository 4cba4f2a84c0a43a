package org.hearth.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.access.Role;
import org.hearth.admin.Forms;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators record the partnership's population and its areas with theirs. */
@HearthIntegrationTest
class PartnershipAdminTest {

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
    void anAreaIsAddedAndChangedWithItsPopulation() {
        String name = Fixtures.uniqueName("District ");
        Page list = web.open("/admin/partnership");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select(".govuk-service-navigation__link").eachText()).contains("Partnership settings");

        web.open("/admin/partnership/areas/new");
        Page saved = web.post("/admin/partnership/areas", Map.of("name", name, "population", "123,456"));
        assertThat(saved.status()).isEqualTo(303);
        Page after = web.open(saved.location());
        assertThat(Forms.successBanner(after)).contains(name + " has been added");
        Area area = partnerships.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        assertThat(area.population()).isEqualTo(123_456);
        assertThat(after.html().selectFirst("tr[data-area-id=" + area.id() + "]").text()).contains(name, "123,456");

        Page edit = web.open("/admin/partnership/areas/" + area.id() + "/edit");
        assertThat(edit.html().selectFirst("#population").val()).isEqualTo("123,456");
        web.post("/admin/partnership/areas/" + area.id() + "/edit", Map.of("name", name, "population", ""));
        assertThat(partnerships.area(area.id()).orElseThrow().population()).as("blank: not known").isNull();
    }

    @Test
    void badAnswersGiveA400WithAnErrorSummaryAndChangeNothing() {
        String name = Fixtures.uniqueName("District ");
        partnerships.addArea(name, 1000);
        web.open("/admin/partnership/areas/new");
        Page page = web.post("/admin/partnership/areas", Map.of("name", " ", "population", "lots"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().title()).startsWith("Error: Add an area");
        assertThat(page.errorSummary()).contains("Enter the name", "Enter the population as a whole number");
        assertThat(page.html().select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#population");

        Page duplicate = web.post("/admin/partnership/areas", Map.of("name", name.toUpperCase(), "population", "5"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(Forms.fieldError(duplicate, "name")).contains("An area with that name already exists");
        assertThat(partnerships.areas().stream().filter(a -> a.name().equalsIgnoreCase(name))).hasSize(1);

        // a population of nobody is a field error, never the database's refusal (the fuzzer found a 500)
        Area area = partnerships.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        web.open("/admin/partnership/areas/" + area.id() + "/edit");
        Page zero = web.post("/admin/partnership/areas/" + area.id() + "/edit", Map.of("name", name, "population", "0"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(Forms.fieldError(zero, "population")).contains("from 1 to 999,999,999");
        assertThat(partnerships.area(area.id()).orElseThrow().population()).isEqualTo(1000);
    }

    @Test
    void thePartnershipsPopulationIsRecorded() {
        Partnership before = partnerships.current().orElseThrow();
        try {
            web.open("/admin/partnership/edit");
            Page saved = web.post("/admin/partnership/edit", Map.of("name", before.name(), "population", "352000"));
            assertThat(saved.status()).isEqualTo(303);
            assertThat(partnerships.current().orElseThrow().population()).isEqualTo(352_000);
            assertThat(web.open("/admin/partnership").html().select(".govuk-summary-list").text()).contains("352,000");
        } finally {
            partnerships.updatePartnership(before.name(), before.population());
        }
    }

    @Test
    void onlyAdministratorsChangeIt() {
        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        assertThat(coordinator.get("/admin/partnership").status()).isEqualTo(403);
    }
}
