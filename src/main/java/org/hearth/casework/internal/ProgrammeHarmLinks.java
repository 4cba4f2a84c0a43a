package org.hearth.casework.internal;

import org.hearth.people.SqlCausingHarmLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access's question to perpetrator programmes: has the person been referred to one (whatever became of the
 * referral: unsuitable, waiting, started, ended). His request about himself is then a person causing harm's.
 */
@Component
class ProgrammeHarmLinks extends SqlCausingHarmLinks {

    ProgrammeHarmLinks(JdbcClient jdbc) {
        super(jdbc, "SELECT exists(SELECT 1 FROM programme_referral WHERE person_id = ?)");
    }
}
