package org.hearth.housing.internal;

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
 * Sanctuary and refuge referrals in the retention schedule (referred, surveyed, followed up, closed; refuge outcome
 * and moves) with an automatic hold while a sanctuary referral is open; an erasure deletes the person's sanctuary
 * referrals (with their jobs) and refuge referrals.
 */
@Component
@Order(10)
class HousingPersonData extends SqlPersonData {

    static final String OPEN_SANCTUARY = "Open sanctuary scheme referral";

    HousingPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        jdbc.sql("DELETE FROM sanctuary_job WHERE referral_id IN (SELECT id FROM sanctuary_referral WHERE person_id = ?)")
                .param(id).update();
        jdbc.sql("DELETE FROM sanctuary_referral WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM refuge_referral WHERE person_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involvedAndHeld("""
                SELECT person, max(d) FROM (
                    SELECT person_id AS person, greatest(referred_on, surveyed_on, followed_up_on, closed_on) AS d
                    FROM sanctuary_referral
                    UNION ALL SELECT person_id, greatest(referred_on, outcome_on, moved_in_on, moved_out_on) FROM refuge_referral
                ) x GROUP BY person""",
                "SELECT DISTINCT person_id FROM sanctuary_referral WHERE closed_on IS NULL", OPEN_SANCTUARY, persons);
    }
}
