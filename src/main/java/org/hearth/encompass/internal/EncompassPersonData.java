package org.hearth.encompass.internal;

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
 * Operation Encompass and GP practices in the retention schedule (a notification made) and an erasure: a child's
 * school, their school notifications, attention items and health visiting tasks; a person's GP practice, GP
 * notifications and attention items.
 */
@Component
@Order(10)
class EncompassPersonData extends SqlPersonData {

    EncompassPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        for (String table : List.of("child_school", "encompass_notification", "encompass_attention",
                "encompass_health_visiting")) {
            jdbc.sql("DELETE FROM " + table + " WHERE child_id = ?").param(id).update();
        }
        for (String table : List.of("person_gp_practice", "gp_notification", "gp_attention")) {
            jdbc.sql("DELETE FROM " + table + " WHERE person_id = ?").param(id).update();
        }
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involved("""
                SELECT person, max(d) FROM (
                    SELECT child_id AS person, created_at::date AS d FROM encompass_notification
                    UNION ALL SELECT person_id, created_at::date FROM gp_notification
                ) x GROUP BY person""", persons);
    }
}
