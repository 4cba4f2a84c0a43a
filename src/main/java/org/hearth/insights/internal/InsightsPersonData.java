package org.hearth.insights.internal;

import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The insights read models keep a victim's id beside each referral and high-risk assessment (to count repeats):
 * an erasure deletes the person's facts, so the figures are what a rebuild from the remaining records would give.
 * Board reports and exports hold figures only, never an id.
 */
@Component
@Order(10)
class InsightsPersonData extends SqlPersonData {

    InsightsPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        jdbc.sql("DELETE FROM insights_referral_fact WHERE victim_id = ?").param(id).update();
        jdbc.sql("DELETE FROM insights_high_risk_fact WHERE victim_id = ?").param(id).update();
        // a report kept for the earlier version would go on counting her
        jdbc.sql("UPDATE insights_rollup_state SET version = version + 1").update();
    }
}
