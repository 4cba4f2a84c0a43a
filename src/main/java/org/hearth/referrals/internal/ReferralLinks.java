package org.hearth.referrals.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Dates;
import org.hearth.people.PersonId;
import org.hearth.people.PersonLinkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals naming a person, newest first, for their page (after a merge: both records' referrals): each only to
 * someone who may open it ({@link ReferralAccess#maySee}: hub coordinators, the referring agency, or whoever may view
 * its victim's record). Reading the person's record is not enough: on a perpetrator's or a child's page a referral is
 * about someone else, and its reference and date would tell a reader of that page of a report they may not read.
 */
@Component
class ReferralLinks implements PersonLinkSource {

    private static final DateTimeFormatter DAY = Dates.DAY;

    private final JdbcClient jdbc;
    private final ReferralAccess access;

    ReferralLinks(JdbcClient jdbc, ReferralAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private record Row(PersonLink link, AgencyId referrer, PersonId victim) {
    }

    @Override
    public List<PersonLink> linksFor(PersonId person) {
        List<Row> rows = jdbc.sql("""
                SELECT id, reference, received_on, referring_agency_id, victim_id, 'victim' AS role FROM referral
                    WHERE victim_id = :p
                UNION ALL SELECT r.id, r.reference, r.received_on, r.referring_agency_id, r.victim_id, 'causing harm'
                    FROM referral r JOIN referral_perpetrator x ON x.referral_id = r.id WHERE x.person_id = :p
                UNION ALL SELECT r.id, r.reference, r.received_on, r.referring_agency_id, r.victim_id, 'child'
                    FROM referral r JOIN referral_child x ON x.referral_id = r.id WHERE x.person_id = :p
                ORDER BY received_on DESC, reference DESC LIMIT 50""").param("p", person.value())
                .query((rs, n) -> new Row(new PersonLink(rs.getString("reference") + ": " + rs.getString("role")
                        + ", received " + DAY.format(rs.getObject("received_on", LocalDate.class)),
                        "/referrals/" + rs.getObject("id", UUID.class)),
                        new AgencyId(rs.getObject("referring_agency_id", UUID.class)),
                        victim(rs.getObject("victim_id", UUID.class))))
                .list();
        BiPredicate<AgencyId, PersonId> maySee = access.maySeeAmong(rows.stream().map(Row::victim).toList());
        return rows.stream().filter(r -> maySee.test(r.referrer(), r.victim())).map(Row::link).toList();
    }

    private static PersonId victim(UUID id) {
        return id == null ? null : new PersonId(id);
    }
}
