package org.hearth.orders.internal;

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
 * Protective orders in the retention schedule (made, started, ended, for the subject and the persons protected);
 * an erasure deletes the orders made against the person (with their protected persons and breaches) and takes a
 * protected person off an order, which stays.
 */
@Component
@Order(10)
class OrderPersonData extends SqlPersonData {

    OrderPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        jdbc.sql("DELETE FROM protective_order_person WHERE person_id = ?").param(id).update();
        String orders = "SELECT id FROM protective_order WHERE subject_id = ?";
        jdbc.sql("DELETE FROM order_breach WHERE order_id IN (" + orders + ")").param(id).update();
        jdbc.sql("DELETE FROM protective_order_person WHERE order_id IN (" + orders + ")").param(id).update();
        jdbc.sql("DELETE FROM protective_order WHERE subject_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involved("""
                SELECT person, max(d) FROM (
                    SELECT subject_id AS person, greatest(made_at::date, starts_on, ends_on) AS d FROM protective_order
                    UNION ALL SELECT p.person_id, greatest(o.made_at::date, o.starts_on, o.ends_on)
                        FROM protective_order_person p JOIN protective_order o ON o.id = p.order_id
                ) x GROUP BY person""", persons);
    }
}
