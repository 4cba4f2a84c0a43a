package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The MARAC pages: set-up by an administrator, a meeting and its agenda by the coordinator, a referral from a person's page. */
@HearthIntegrationTest
class MaracPagesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @LocalServerPort
    int port;

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    @Test
    void anAdministratorSetsUpAMaracAndTheCoordinatorRunsItsAgenda() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        String area = support.area().toString();
        TestUser admin = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        String agency = Fixtures.uniqueName("Member agency");
        TestUser rep = fixtures.enrolledUserAt(agency, Role.AGENCY_REPRESENTATIVE);
        WebSession web = as(admin);
        assertThat(web.get("/marac/new").status()).isEqualTo(200);

        Page refused = web.post("/marac", Map.of("capacity", "lots", "members[0].agency", rep.user().agency().toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Enter the MARAC's name").contains("Capacity must be a number")
                .contains("Choose the agency's representative");
        String name = Fixtures.uniqueName("Pages MARAC");
        Map<String, String> form = new HashMap<>(Map.of("name", name, "areas", area, "schedule", "FORTNIGHTLY",
                "chair", hub.user().id().toString(), "coordinator", hub.user().id().toString(), "capacity", "20",
                "members[0].agency", rep.user().agency().toString(),
                "members[0].representative", admin.user().id().toString()));
        Page wrongAgency = web.post("/marac", form);
        assertThat(wrongAgency.status()).isEqualTo(400);
        assertThat(wrongAgency.errorSummary()).contains("Choose a representative who works for the agency");
        assertThat(jdbc.sql("SELECT count(*) FROM marac WHERE name = ?").param(name).query(Long.class).single())
                .as("nothing half-saved").isZero();
        form.put("members[0].representative", rep.user().id().toString());
        Page saved = web.post("/marac", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        String marac = saved.location().replaceAll(".*/marac/", "");
        assertThat(web.get("/marac/" + marac).html().select("#members").text()).contains(agency)
                .contains(rep.user().displayName());
        assertThat(as(fixtures.enrolledUser(Role.ANALYST)).get("/marac").status()).isEqualTo(403);
        WebSession repWeb = as(rep); // one sign-in each: a second factor code is accepted once
        assertThat(repWeb.get("/marac").status()).isEqualTo(403);

        // the coordinator: a referral, a meeting, the agenda, publishing
        UUID victim = support.person("Vivienne");
        support.referral(maracs.find(new MaracId(UUID.fromString(marac))).orElseThrow(), victim, LocalDate.now(), true, 18);
        WebSession coordinator = as(hub);
        Page noDate = coordinator.post("/marac/" + marac + "/meetings", Map.of());
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.errorSummary()).contains("Enter the date of the meeting");
        LocalDate on = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);
        Page added = coordinator.post("/marac/" + marac + "/meetings", Map.of("meetsOn.day",
                String.valueOf(on.getDayOfMonth()), "meetsOn.month", String.valueOf(on.getMonthValue()),
                "meetsOn.year", String.valueOf(on.getYear())));
        assertThat(added.status()).isEqualTo(303);
        Page agenda = coordinator.get(added.location());
        assertThat(agenda.status()).isEqualTo(200);
        assertThat(agenda.html().select("#cases").text()).contains("Vivienne").contains("Repeat");
        assertThat(agenda.html().select("#length").text()).contains("12 to 15 minutes");
        assertThat(coordinator.post(added.location() + "/publish", Map.of()).status()).isEqualTo(303);
        assertThat(coordinator.get(added.location()).html().select("#published").text()).contains("published");
        assertThat(repWeb.get("/people/" + victim).html().select("#grants").text()).contains("MARAC research, until");
    }

    @Test
    void aPractitionerWithAGroundRefersFromThePersonsPageAndAStrangerCannot() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        String agency = Fixtures.uniqueName("Referring agency");
        TestUser practitioner = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Stranger agency"), Role.PRACTITIONER);
        UUID victim = support.person("Priya");
        fixtures.grant(victim, practitioner.user().agency().value(), "RECORDED");
        String path = "/people/" + victim + "/marac-referral";

        WebSession other = as(stranger);
        assertThat(other.get(path).status()).isEqualTo(403);
        assertThat(other.post(path, Map.of("criteria", "PROFESSIONAL_JUDGEMENT", "judgementReason",
                "Threats to kill yesterday", "consent", "GIVEN")).status()).isEqualTo(403);

        WebSession web = as(practitioner);
        Page form = web.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#criteria-found").text()).contains("Visible high risk");
        Page refused = web.post(path, Map.of("criteria", "PROFESSIONAL_JUDGEMENT"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Give your reason").contains("Say whether the victim consented");
        assertThat(jdbc.sql("SELECT count(*) FROM marac_referral WHERE victim_id = ?").param(victim)
                .query(Long.class).single()).isZero();
        Page made = web.post(path, Map.of("criteria", "PROFESSIONAL_JUDGEMENT", "judgementReason",
                "Threats to kill yesterday", "consent", "GIVEN"));
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT source FROM marac_referral WHERE victim_id = ?").param(victim)
                .query(String.class).list()).isEqualTo(List.of("PERSON_PAGE"));
    }
}
