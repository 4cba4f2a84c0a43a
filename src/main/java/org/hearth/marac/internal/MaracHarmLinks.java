package org.hearth.marac.internal;

import org.hearth.people.SqlCausingHarmLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access's question to MARAC: is the person named as causing harm on any referral to MARAC (made here or
 * received with a transfer in).
 */
@Component
class MaracHarmLinks extends SqlCausingHarmLinks {

    MaracHarmLinks(JdbcClient jdbc) {
        super(jdbc, "SELECT exists(SELECT 1 FROM marac_referral_perpetrator WHERE person_id = ?)");
    }
}
