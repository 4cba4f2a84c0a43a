package org.hearth.disclosure.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.RetentionFact;
import org.hearth.people.SqlPersonData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clare's Law applications in the retention schedule (received, forum, closed) with an automatic hold while an
 * application is open; an erasure deletes the applications where the person is the person at risk or the subject
 * (with their stages, checks and forum agencies), and takes an applicant or a recipient off an application.
 */
@Component
@Order(10)
class DisclosurePersonData extends SqlPersonData {

    static final String OPEN = org.hearth.people.RetentionFact.CONFIDENTIAL_HOLD;

    DisclosurePersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        String mine = "SELECT id FROM disclosure_application WHERE person_at_risk_id = :id OR subject_id = :id";
        for (String table : List.of("disclosure_stage", "disclosure_check", "disclosure_forum_agency")) {
            jdbc.sql("DELETE FROM " + table + " WHERE application_id IN (" + mine + ")").param("id", id).update();
        }
        jdbc.sql("DELETE FROM disclosure_application WHERE person_at_risk_id = :id OR subject_id = :id")
                .param("id", id).update();
        jdbc.sql("UPDATE disclosure_application SET applicant_id = NULL WHERE applicant_id = ?").param(id).update();
        jdbc.sql("UPDATE disclosure_application SET recipient_id = NULL WHERE recipient_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        // a branch a party's column, so that the condition on the persons asked reaches each column's index (V261)
        String parties = String.join(" UNION ALL ", List.of("applicant_id", "person_at_risk_id", "subject_id",
                "recipient_id").stream().map(c -> "SELECT " + c
                        + " AS person, greatest(received_on, forum_on, closed_on) AS d, closed_on FROM disclosure_application")
                .toList());
        return involvedAndHeld(
                "SELECT person, max(d) FROM (" + parties + ") x WHERE person IS NOT NULL GROUP BY person",
                "SELECT DISTINCT person FROM (" + parties + ") x WHERE person IS NOT NULL AND closed_on IS NULL", OPEN, persons);
    }
}
