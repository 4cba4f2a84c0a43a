package org.hearth.orders.internal;

import org.hearth.people.SqlCausingHarmLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Subject access's question to orders: is the person the one an order binds (its subject, the respondent). */
@Component
class OrderHarmLinks extends SqlCausingHarmLinks {

    OrderHarmLinks(JdbcClient jdbc) {
        super(jdbc, "SELECT exists(SELECT 1 FROM protective_order WHERE subject_id = ?)");
    }
}
