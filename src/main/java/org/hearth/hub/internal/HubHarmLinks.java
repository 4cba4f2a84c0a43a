package org.hearth.hub.internal;

import org.hearth.people.SqlCausingHarmLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Subject access's question to the hub: is the person a perpetrator on any hub case. */
@Component
class HubHarmLinks extends SqlCausingHarmLinks {

    HubHarmLinks(JdbcClient jdbc) {
        super(jdbc, "SELECT exists(SELECT 1 FROM hub_case WHERE ? = ANY (perpetrator_ids))");
    }
}
