package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.people.PersonId;
import org.hearth.people.PersonLinkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The referrals naming a person, newest first, for their page (after a merge: both records' referrals). */
@Component
class ReferralLinks implements PersonLinkSource {

    private static final DateTimeFormatter DAY = Dates.DAY;

    private final JdbcClient jdbc;

    ReferralLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonLink> linksFor(PersonId person) {
        return jdbc.sql("""
                SELECT id, reference, received_on, 'victim' AS role FROM referral WHERE victim_id = :p
                UNION ALL SELECT r.id, r.reference, r.received_on, 'causing harm' FROM referral r
                    JOIN referral_perpetrator x ON x.referral_id = r.id WHERE x.person_id = :p
                UNION ALL SELECT r.id, r.reference, r.received_on, 'child' FROM referral r
                    JOIN referral_child x ON x.referral_id = r.id WHERE x.person_id = :p
                ORDER BY received_on DESC, reference DESC LIMIT 50""").param("p", person.value())
                .query((rs, n) -> new PersonLink(rs.getString("reference") + ": " + rs.getString("role") + ", received "
                        + DAY.format(rs.getObject("received_on", LocalDate.class)),
                        "/referrals/" + rs.getObject("id", UUID.class)))
                .list();
    }
}
