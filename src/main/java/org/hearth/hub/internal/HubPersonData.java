package org.hearth.hub.internal;

import java.time.LocalDate;
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
 * The daily hub in the retention schedule (the day a case came to the hub, its decision) and an erasure: a case is
 * the victim's, so erasing the victim deletes their hub cases (with the information and actions recorded on them);
 * erasing a perpetrator or a child takes them off the victim's case.
 */
@Component
@Order(10)
class HubPersonData extends SqlPersonData {

    HubPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        jdbc.sql("DELETE FROM hub_information WHERE case_id IN (SELECT id FROM hub_case WHERE victim_id = ?)")
                .param(id).update();
        jdbc.sql("DELETE FROM hub_action WHERE case_id IN (SELECT id FROM hub_case WHERE victim_id = ?)")
                .param(id).update();
        jdbc.sql("DELETE FROM hub_case WHERE victim_id = ?").param(id).update();
        jdbc.sql("""
                UPDATE hub_case SET perpetrator_ids = array_remove(perpetrator_ids, :id), child_ids = array_remove(child_ids, :id)
                WHERE :id = ANY (perpetrator_ids) OR :id = ANY (child_ids)""").param("id", id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        UUID[] asked = ids(persons);
        // a branch a person column, each answered by its index: the victim's, and each array's GIN probed once a person
        // asked (an overlap with the page's 5,000 ids would compare every row's array with all of them)
        return jdbc.sql("""
                SELECT person, max(d) FROM (
                    SELECT victim_id AS person, greatest(received_on, decided_at::date) AS d FROM hub_case
                        WHERE victim_id = ANY(?)
                    UNION ALL SELECT q.person, greatest(h.received_on, h.decided_at::date)
                        FROM unnest(CAST(? AS uuid[])) AS q (person) JOIN hub_case h ON h.perpetrator_ids @> ARRAY[q.person]
                    UNION ALL SELECT q.person, greatest(h.received_on, h.decided_at::date)
                        FROM unnest(CAST(? AS uuid[])) AS q (person) JOIN hub_case h ON h.child_ids @> ARRAY[q.person]
                ) x GROUP BY person""").params(asked, asked, asked)
                .query((rs, n) -> RetentionFact.involved(new PersonId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, LocalDate.class))).list();
    }
}
