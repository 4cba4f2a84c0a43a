package org.hearth.orders.internal;

import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Subject access's question to orders: is the person the one an order binds (its subject, the respondent). */
@Component
class OrderHarmLinks implements CausingHarmLinks {

    private final JdbcClient jdbc;

    OrderHarmLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM protective_order WHERE subject_id = ?)")
                .param(person.value()).query(Boolean.class).single();
    }
}
