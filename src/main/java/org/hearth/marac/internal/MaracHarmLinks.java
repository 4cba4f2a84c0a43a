package org.hearth.marac.internal;

import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access's question to MARAC: is the person named as causing harm on any referral to MARAC (made here or
 * received with a transfer in).
 */
@Component
class MaracHarmLinks implements CausingHarmLinks {

    private final JdbcClient jdbc;

    MaracHarmLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM marac_referral_perpetrator WHERE person_id = ?)")
                .param(person.value()).query(Boolean.class).single();
    }
}
