package org.hearth.referrals.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.RetentionFact;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals in the retention schedule and an erasure: a referral is the victim's record, so erasing the victim
 * deletes it (with its perpetrators, children, link checks, possible matches, triage decisions and API idempotency
 * keys); erasing a perpetrator or a child takes them off the victim's referral, which stays. Runs after risk
 * ({@code risk_assessment.referral_id} points here).
 */
@Component
@Order(90)
class ReferralPersonData extends SqlPersonData {

    ReferralPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        jdbc.sql("DELETE FROM referral_perpetrator WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM referral_child WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM referral_link_check WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM referral_possible_match WHERE person_id = ? OR candidate_id = ?").params(id, id).update();
        String victims = "SELECT id FROM referral WHERE victim_id = ?";
        jdbc.sql("DELETE FROM api_idempotency WHERE referral_id IN (" + victims + ")").param(id).update();
        jdbc.sql("DELETE FROM referral WHERE victim_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involved("""
                SELECT person, max(d) FROM (
                    SELECT victim_id AS person, greatest(received_on, triaged_at::date) AS d FROM referral
                    UNION ALL SELECT p.person_id, r.received_on FROM referral_perpetrator p JOIN referral r ON r.id = p.referral_id
                    UNION ALL SELECT c.person_id, r.received_on FROM referral_child c JOIN referral r ON r.id = c.referral_id
                ) x GROUP BY person""", persons);
    }
}
