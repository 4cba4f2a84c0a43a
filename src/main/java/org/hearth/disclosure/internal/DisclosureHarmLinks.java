package org.hearth.disclosure.internal;

import org.hearth.people.CausingHarmLinks;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access's question to Clare's Law: is the person the subject of any application (the one asked or told
 * about). His request about himself is then a person causing harm's, whatever was recorded at the opening; the
 * application itself never reaches his output (docs/subject-access.md).
 */
@Component
class DisclosureHarmLinks implements CausingHarmLinks {

    private final JdbcClient jdbc;

    DisclosureHarmLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean namesAsCausingHarm(PersonId person) {
        return jdbc.sql("SELECT exists(SELECT 1 FROM disclosure_application WHERE subject_id = ?)")
                .param(person.value()).query(Boolean.class).single();
    }
}
