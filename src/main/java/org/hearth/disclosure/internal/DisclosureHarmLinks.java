package org.hearth.disclosure.internal;

import org.hearth.people.SqlCausingHarmLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access's question to Clare's Law: is the person the subject of any application (the one asked or told
 * about). His request about himself is then a person causing harm's, whatever was recorded at the opening; the
 * application itself never reaches his output (docs/subject-access.md).
 */
@Component
class DisclosureHarmLinks extends SqlCausingHarmLinks {

    DisclosureHarmLinks(JdbcClient jdbc) {
        super(jdbc, "SELECT exists(SELECT 1 FROM disclosure_application WHERE subject_id = ?)");
    }
}
