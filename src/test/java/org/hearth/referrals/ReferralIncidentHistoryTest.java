package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.risk.IncidentHistory;
import org.hearth.risk.MaracCriterion;
import org.hearth.risk.RiskAssessments;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incidents the referrals module gives the MARAC rules: only referrals from police agencies count towards
 * the "3 police incidents in 12 months" potential escalation; referrals from other agencies (a charity, the
 * council, health) count as incidents for the repeat criterion but never as police incidents. Guards the
 * police-only filter of {@code ReferralIncidentHistory}.
 */
@HearthIntegrationTest
class ReferralIncidentHistoryTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentHistory history;
    @Autowired
    RiskAssessments assessments;

    private UUID victim() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Nell', ?, ?)")
                .params(id, Fixtures.uniqueName("Incident"), UUID.randomUUID()).update();
        return id;
    }

    private UUID referral(UUID victim, AgencyId from, LocalDate incidentOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, ?, 'GIVEN')""")
                .params(id, "T-" + id.toString().substring(0, 13), from.value(), incidentOn, incidentOn, victim).update();
        return id;
    }

    private void triage(UUID referral, String outcome, LocalDate on) {
        jdbc.sql("""
                UPDATE referral SET triage_outcome = ?, triage_reason = 'test', triaged_at = CAST(? AS date) + time '12:00'
                WHERE id = ?""").params(outcome, on, referral).update();
    }

    @Test
    void referralsFromOtherAgenciesNeverCountAsPoliceIncidents() {
        AgencyId police = fixtures.agency("Northfield Police").id();
        AgencyId refuge = fixtures.agency("Haven Refuge").id();
        AgencyId council = fixtures.agency("Northfield Council").id();
        AgencyId health = fixtures.agency("Northfield NHS Trust").id();
        UUID victim = victim();
        LocalDate today = LocalDate.now();
        referral(victim, police, today.minusDays(10));
        referral(victim, police, today.minusDays(40));
        referral(victim, refuge, today.minusDays(20));
        referral(victim, council, today.minusDays(30));
        referral(victim, health, today.minusDays(50));

        PersonId person = new PersonId(victim);
        assertThat(history.policeIncidentDates(person)).as("only the police's two")
                .containsExactlyInAnyOrder(today.minusDays(10), today.minusDays(40));
        assertThat(history.incidents(person)).as("every agency's incidents").hasSize(5);
        var eligibility = assessments.eligibility(person, today);
        assertThat(eligibility.meets(MaracCriterion.Kind.POTENTIAL_ESCALATION))
                .as("2 police incidents and 3 from other agencies are not a potential escalation").isFalse();
        assertThat(eligibility.criterion(MaracCriterion.Kind.POTENTIAL_ESCALATION).orElseThrow().explanation())
                .startsWith("2 police incidents in the 12 months");

        // a third police incident within 12 months is
        referral(victim, police, today.minusDays(100));
        assertThat(assessments.eligibility(person, today).meets(MaracCriterion.Kind.POTENTIAL_ESCALATION)).isTrue();
    }
}
