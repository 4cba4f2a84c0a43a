package org.hearth.hub.internal;

import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Subject access's question to the hub: is the person a perpetrator on any hub case. */
@Component
class HubHarmLinks implements CausingHarmLinks {

    private final JdbcClient jdbc;

    HubHarmLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM hub_case WHERE ? = ANY (perpetrator_ids))")
                .param(person.value()).query(Boolean.class).single();
    }
}
