package org.hearth.risk.internal;

import java.util.Collection;
import java.util.List;
import org.hearth.people.PersonId;
import org.hearth.people.RetentionFact;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Risk assessments in the retention schedule (the date assessed) and an erasure: the person's assessments and their
 * answers go (append-only otherwise: the database's trigger lets a delete through only inside an erasure).
 */
@Component
@Order(80)
class RiskPersonData extends SqlPersonData {

    RiskPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        jdbc.sql("DELETE FROM risk_answer WHERE assessment_id IN (SELECT id FROM risk_assessment WHERE person_id = ?)")
                .param(person.value()).update();
        jdbc.sql("DELETE FROM risk_assessment WHERE person_id = ?").param(person.value()).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        return involved("SELECT person_id, max(assessed_on) FROM risk_assessment GROUP BY person_id", persons);
    }
}
