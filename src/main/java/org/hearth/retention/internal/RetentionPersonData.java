package org.hearth.retention.internal;

import org.hearth.people.PersonId;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The retention module's own rows about a person: the holds placed on their record (released ones by then). */
@Component
@Order(10)
class RetentionPersonData extends SqlPersonData {

    RetentionPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        jdbc.sql("DELETE FROM retention_hold WHERE person_id = ?").param(person.value()).update();
    }
}
