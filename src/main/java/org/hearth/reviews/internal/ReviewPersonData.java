package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Death reviews in the retention schedule: the deceased and the perpetrator fall under the longer death review rule
 * from the review's latest date (notified, decided, closed), and are held while the review is open; an erasure
 * deletes the reviews of the deceased (panel, requests, stages, recommendations) and takes a perpetrator off a
 * review, which stays.
 */
@Component
@Order(10)
class ReviewPersonData extends SqlPersonData {

    static final String ONGOING = "Ongoing death review";

    ReviewPersonData(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public void erase(PersonId person) {
        UUID id = person.value();
        String mine = "SELECT id FROM review WHERE deceased_id = ?";
        for (String table : List.of("review_panel_member", "review_request", "review_stage",
                "review_recommendation")) {
            jdbc.sql("DELETE FROM " + table + " WHERE review_id IN (" + mine + ")").param(id).update();
        }
        jdbc.sql("DELETE FROM review WHERE deceased_id = ?").param(id).update();
        jdbc.sql("UPDATE review SET perpetrator_id = NULL WHERE perpetrator_id = ?").param(id).update();
    }

    @Override
    public List<RetentionFact> retentionFacts(Collection<PersonId> persons) {
        // a branch a column, so that the condition on the persons asked reaches each column's index (V261)
        String parties = """
                SELECT deceased_id AS person, greatest(notified_on, decided_on, closed_on) AS d, closed_on FROM review
                UNION ALL SELECT perpetrator_id, greatest(notified_on, decided_on, closed_on), closed_on FROM review""";
        List<RetentionFact> out = new ArrayList<>(jdbc.sql("SELECT person, max(d), bool_or(closed_on IS NULL) FROM ("
                + parties + ") x WHERE person = ANY(?) GROUP BY person").param(ids(persons))
                .query((rs, n) -> new RetentionFact(new PersonId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, LocalDate.class), rs.getBoolean(3) ? ONGOING : null, true)).list());
        return out;
    }
}
