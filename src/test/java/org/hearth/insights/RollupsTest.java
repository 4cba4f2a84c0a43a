package org.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.insights.internal.Rollups;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonDetailsChanged;
import org.hearth.people.PersonId;
import org.hearth.risk.RiskAssessmentId;
import org.hearth.risk.RiskAssessmentRecorded;
import org.hearth.risk.RiskGrade;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read models behind the indicators: kept current by insights' listeners to the modules' events, and equal to a
 * recomputation from scratch over the source tables. (In the shared context rather than an
 * {@code @ApplicationModuleTest}: a module test would start a second embedded database and Flyway run.)
 */
@HearthIntegrationTest
class RollupsTest {

    @LocalServerPort
    int port;
    @Autowired
    Rollups rollups;
    @Autowired
    Indicators indicators;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private String outcomeOf(UUID referral) {
        return jdbc.sql("SELECT outcome FROM insights_referral_fact WHERE referral_id = ?").param(referral)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void theListenersKeepTheReadModelsEqualToARecomputationFromScratch() {
        // other test classes write referrals with SQL and tell no one; start from a rebuild
        rollups.rebuild();
        assertThat(rollups.differences()).isZero();

        InsightsData data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        assertThat(rollups.differences()).as("after ReferralReceived for every referral").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM insights_referral_fact WHERE area_id = ?")
                .param(data.area.id().value()).query(Long.class).single()).isEqualTo(24);

        // the hub triages through the page: the referrals module publishes ReferralTriaged
        UUID referral = data.aprilReferrals.get(0);
        assertThat(outcomeOf(referral)).isNull();
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        assertThat(hub.post("/referrals/" + referral + "/triage",
                Map.of("outcome", "OUTREACH", "reason", "Wants support")).status()).isEqualTo(303);
        InsightsData.awaitInsights(jdbc);
        assertThat(outcomeOf(referral)).isEqualTo("OUTREACH");

        // a report computed now is reused only until the read models change
        assertThat(indicators.report(InsightsData.FROM, InsightsData.TO, data.area.id().value()).headline("high-risk")
                .orElseThrow().value().text()).isEqualTo("6");

        // an assessment graded high and a change of equality data, with the events their modules publish
        UUID victim = data.a.get(2);
        tx.executeWithoutResult(s -> {
            UUID assessment = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                        referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                    SELECT ?, ?, q.id, ?, ?, ?, NULL, 15, 14, true, 'HIGH', 'HIGH'
                    FROM risk_questionnaire q WHERE q.code = 'SAFELIVES_RIC' AND q.version = 1""")
                    .params(assessment, victim, fixtures.enrolledUser(Role.PRACTITIONER).user().id().value(),
                            data.police.id().value(), LocalDate.of(2025, 7, 1)).update();
            events.publishEvent(new RiskAssessmentRecorded(new RiskAssessmentId(assessment), new PersonId(victim),
                    RiskGrade.HIGH));
            jdbc.sql("UPDATE person SET ethnicity = 'OTHER' WHERE id = ?").param(data.a.get(3)).update();
            events.publishEvent(new PersonDetailsChanged(new PersonId(data.a.get(3))));
        });
        InsightsData.awaitInsights(jdbc);
        assertThat(rollups.differences()).isZero();
        IndicatorReport report = indicators.report(InsightsData.FROM, InsightsData.TO, data.area.id().value());
        assertThat(report.headline("high-risk").orElseThrow().value().text()).as("A3 now high risk too").isEqualTo("7");
        assertThat(jdbc.sql("SELECT ethnicity FROM insights_referral_fact WHERE victim_id = ?").param(data.a.get(3))
                .query(String.class).list()).containsOnly("OTHER");
    }

    @Test
    void aChangeNoOneIsToldOfShowsAsADifferenceUntilTheRebuild() {
        InsightsData data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        rollups.rebuild();
        jdbc.sql("UPDATE referral SET triage_outcome = 'SIGNPOST', triage_reason = 'Test', triaged_at = now() WHERE id = ?")
                .param(data.aprilReferrals.get(1)).update();
        assertThat(rollups.differences()).as("the stored fact and the recomputed one").isEqualTo(2);
        rollups.rebuild();
        assertThat(rollups.differences()).isZero();
        assertThat(outcomeOf(data.aprilReferrals.get(1))).isEqualTo("SIGNPOST");
    }

    /** The read models' rows of these victims, sorted (the facts, every column). */
    private List<String> facts(UUID[] victims) {
        List<String> rows = new java.util.ArrayList<>(jdbc.sql(
                "SELECT 'referral|' || f::text FROM insights_referral_fact f WHERE victim_id = ANY(?)")
                .param(victims).query(String.class).list());
        rows.addAll(jdbc.sql("SELECT 'high|' || f::text FROM insights_high_risk_fact f WHERE victim_id = ANY(?)")
                .param(victims).query(String.class).list());
        java.util.Collections.sort(rows);
        return rows;
    }

    /**
     * A chunk of the police import refreshes its victims together (a few statements whatever their number): the facts
     * are exactly those each victim refreshed alone gets.
     */
    @Test
    void victimsRefreshedTogetherGetTheFactsEachRefreshedAloneGets() {
        InsightsData data = new InsightsData(partnerships, fixtures, jdbc, events, tx);
        List<UUID> victims = new java.util.ArrayList<>(data.w);
        victims.addAll(data.a);
        victims.add(data.m);
        UUID[] ids = victims.toArray(UUID[]::new);
        // a change no one is told of, so that the refreshes have something to do
        jdbc.sql("UPDATE referral SET triage_outcome = 'SIGNPOST', triage_reason = 'Test', triaged_at = now() WHERE id = ?")
                .param(data.aprilReferrals.get(2)).update();
        victims.forEach(v -> rollups.refresh(List.of(v)));
        List<String> alone = facts(ids);
        assertThat(alone).anyMatch(r -> r.startsWith("high|")).anyMatch(r -> r.contains("SIGNPOST"));

        jdbc.sql("DELETE FROM insights_referral_fact WHERE victim_id = ANY(?)").param(ids).update();
        jdbc.sql("DELETE FROM insights_high_risk_fact WHERE victim_id = ANY(?)").param(ids).update();
        rollups.refresh(victims);
        assertThat(facts(ids)).isEqualTo(alone);
    }
}
