package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
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
 * The case page's handover names the receiving service, not its agency: it offers every service that takes over from
 * the case's (as "Agency: service (area)"), hands the case to the one chosen (the second of an agency's two), and
 * refuses a service of another kind and the older form's agency that runs none or several, with an error summary and
 * nothing written.
 */
@HearthIntegrationTest
class CaseHandoverPagesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    Casework casework;
    @Autowired
    Partnerships partnerships;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        CaseworkTest.signOut();
    }

    CaseService service(String agency, AreaId area, ServiceKind kind, String name, TestUser... workers) {
        CaseService s = services.create(fixtures.agency(agency).id(), area, kind, name, 2, 60, 80);
        for (TestUser w : workers) {
            services.setWorker(s.id(), w.user().id(), BigDecimal.ONE, true);
        }
        return s;
    }

    @Test
    void theFormOffersServicesAndTheCaseGoesToTheOneChosen() {
        String agencyX = Fixtures.uniqueName("Handover X");
        String agencyY = Fixtures.uniqueName("Handover Y");
        String agencyZ = Fixtures.uniqueName("Handover Z");
        TestUser manager = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER);
        TestUser worker = fixtures.enrolledUserAt(agencyX, Role.PRACTITIONER);
        TestUser managerY = fixtures.enrolledUserAt(agencyY, Role.PRACTITIONER);
        CaseworkTest.actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        fixtures.agency("Test Agency"); // the partnership set up
        String northName = Fixtures.uniqueName("Northbury");
        String southName = Fixtures.uniqueName("Southbury");
        AreaId north = partnerships.addArea(northName, 100000).id();
        AreaId south = partnerships.addArea(southName, 100000).id();
        CaseService idvaX = service(agencyX, north, ServiceKind.IDVA, Fixtures.uniqueName("X IDVA "), manager);
        services.setWorker(idvaX.id(), worker.user().id(), BigDecimal.ONE, false);
        CaseService northY = service(agencyY, north, ServiceKind.IDVA, Fixtures.uniqueName("North IDVA "), managerY);
        CaseService southY = service(agencyY, south, ServiceKind.IDVA, Fixtures.uniqueName("South IDVA "), managerY);
        CaseService outreachY = service(agencyY, south, ServiceKind.OUTREACH, Fixtures.uniqueName("Outreach "),
                managerY);
        CaseService outreachZ = service(agencyZ, null, ServiceKind.OUTREACH, Fixtures.uniqueName("Outreach "));
        UUID p = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Rowan', ?, ?)")
                .params(p, Fixtures.uniqueName("Handover"), UUID.randomUUID()).update();
        fixtures.grant(p, manager.user().agency().value(), "RECORDED");
        CaseworkTest.signOut();
        CaseworkTest.actAs(manager.user());
        Case c = casework.refer(new PersonId(p), idvaX.id(), "Needs an IDVA", CaseSource.PERSON_PAGE);
        casework.allocate(c.id(), worker.user().id());
        CaseworkTest.signOut();
        String path = "/casework/cases/" + c.id();

        WebSession w = new WebSession(port);
        w.signIn(worker);
        Page page = w.get(path);
        assertThat(page.html().select("#toService option").eachText()).first().isEqualTo("Not to another service");
        assertThat(page.html().select("#toService option").eachText())
                .contains(agencyY + ": " + northY.name() + " (" + northName + ")",
                        agencyY + ": " + southY.name() + " (" + southName + ")")
                .noneMatch(o -> o.contains("Outreach")).noneMatch(o -> o.contains(idvaX.name()));
        assertThat(page.html().select("#toService option").eachAttr("value"))
                .contains(northY.id().toString(), southY.id().toString())
                .doesNotContain(outreachY.id().toString(), outreachZ.id().toString(), idvaX.id().toString());

        // a service of another kind, and the older form's agency running none or two: refused, nothing written
        Page otherKind = w.post(path + "/handover", Map.of("toService", outreachY.id().toString(), "note", "Moved"));
        assertThat(otherKind.status()).isEqualTo(400);
        assertThat(otherKind.errorSummary()).contains(agencyY + ": " + outreachY.name() + " is not a service like this one");
        Page notEligible = w.post(path + "/handover", Map.of("toAgency",
                fixtures.agency(agencyZ).id().toString(), "note", "Moved"));
        assertThat(notEligible.status()).isEqualTo(400);
        assertThat(notEligible.errorSummary()).contains(agencyZ + " runs no service like this one");
        Page two = w.post(path + "/handover", Map.of("toAgency", fixtures.agency(agencyY).id().toString(),
                "note", "Moved"));
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.errorSummary()).contains(agencyY + " runs 2 services like this one (IDVA service): choose"
                + " the service");
        assertThat(jdbc.sql("SELECT count(*) FROM casework_handover WHERE case_id = ?").param(c.id().value())
                .query(Long.class).single()).isZero();

        // the second of Y's two IDVA services, as chosen
        assertThat(w.post(path + "/handover", Map.of("toService", southY.id().toString(), "note",
                "She has moved south")).status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT to_service_id FROM casework_handover WHERE case_id = ?").param(c.id().value())
                .query(UUID.class).single()).isEqualTo(southY.id().value());
    }
}
