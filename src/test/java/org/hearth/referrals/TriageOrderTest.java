package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Agency;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The triage queue puts a referral that was never assessed with the high-risk ones (it may be the most dangerous),
 * oldest first within each band, and says how long it has waited unassessed.
 */
@HearthIntegrationTest
class TriageOrderTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unassessedReferralsRankWithHighRiskOldestFirst() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Triage Order Police"));
        UUID assessor = fixtures.enrolledUser(Role.PRACTITIONER).user().id().value();
        LocalDate today = LocalDate.now();
        String standardToday = referral(agency, today, "STANDARD", assessor);
        String unassessedOld = referral(agency, today.minusDays(100), null, assessor);
        String mediumOlder = referral(agency, today.minusDays(50), "MEDIUM", assessor);
        String highRecent = referral(agency, today.minusDays(10), "HIGH", assessor);
        String unassessedToday = referral(agency, today, null, assessor);

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        List<Element> rows = hub.get("/triage?agency=" + agency.id().value()).html().select("#queue tbody tr");

        assertThat(rows.stream().map(r -> r.selectFirst("td a").text()).toList())
                .containsExactly(unassessedOld, highRecent, unassessedToday, mediumOlder, standardToday);
        assertThat(rows.get(0).text()).contains("Not assessed: waiting 100 days");
        assertThat(rows.get(2).text()).contains("Not assessed: received today");
    }

    /** A referral received on the day, its victim assessed at that grade (or never, when null); its reference. */
    private String referral(Agency agency, LocalDate received, String grade, UUID assessor) {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, Fixtures.uniqueName("Tq"), Fixtures.uniqueName("Tq"), assessor).update();
        UUID id = UUID.randomUUID();
        String reference = "TQ-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                .params(id, reference, agency.id().value(), received, victim).update();
        if (grade != null) {
            UUID questionnaire = jdbc.sql("SELECT id FROM risk_questionnaire WHERE code = 'SAFELIVES_RIC' AND version = 1")
                    .query(UUID.class).single();
            jdbc.sql("""
                    INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                        referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 5, 14, false, ?, ?)""")
                    .params(UUID.randomUUID(), victim, questionnaire, assessor, agency.id().value(), received, id, grade,
                            grade)
                    .update();
        }
        return reference;
    }
}
