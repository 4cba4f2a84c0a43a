package org.hearth.casework.internal;

import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access's question to perpetrator programmes: has the person been referred to one (whatever became of the
 * referral: unsuitable, waiting, started, ended). His request about himself is then a person causing harm's.
 */
@Component
class ProgrammeHarmLinks implements CausingHarmLinks {

    private final JdbcClient jdbc;

    ProgrammeHarmLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM programme_referral WHERE person_id = ?)")
                .param(person.value()).query(Boolean.class).single();
    }
}
