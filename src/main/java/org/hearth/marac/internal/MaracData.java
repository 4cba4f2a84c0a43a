package org.hearth.marac.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.people.NamingPersonDataSource;
import org.hearth.people.People;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MARAC's part of a subject access output: the referrals to MARAC of which the person is the victim. A referral that
 * names them as causing harm is the victim's, never theirs to be told of (as Clare's Law never tells its subject): it
 * is left out altogether, whatever part the request was opened with. Each fact is MARAC involvement, the others named
 * are third parties, the referrer is staff and the evidence free text.
 */
@Component
class MaracData extends NamingPersonDataSource {

    MaracData(JdbcClient jdbc, People people) {
        super(jdbc, people, 40);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        UUID me = person.value();
        List<Entry> entries = jdbc.sql("""
                SELECT r.id, r.reference, r.referred_on, r.referred_by_name, r.criteria, r.evidence,
                    r.repeat, m.meets_on FROM marac_referral r LEFT JOIN marac_meeting m ON m.id = r.meeting_id
                WHERE r.victim_id = :p
                ORDER BY r.referred_on, r.reference""").param("p", me).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String k = "marac-referral:" + id + ":";
                    List<Field> f = new ArrayList<>();
                    f.add(new Field(k + "referred", "Referred to MARAC", rs.getString("reference") + " on "
                            + Dates.day(rs.getDate("referred_on").toLocalDate()), Kind.MARAC));
                    f.add(new Field(k + "part", "You are named as", "The person harmed", Kind.MARAC));
                    othersNamed(f, k + "perpetrator:", "Person causing harm", jdbc.sql("""
                            SELECT person_id FROM marac_referral_perpetrator WHERE marac_referral_id = ?
                            ORDER BY person_id""").param(id).query(UUID.class).list(), me);
                    f.add(new Field(k + "referrer", "Referred by", rs.getString("referred_by_name"), Kind.STAFF));
                    String[] criteria = (String[]) rs.getArray("criteria").getArray();
                    f.add(new Field(k + "criteria", "Criteria met", String.join(", ", java.util.Arrays
                            .stream(criteria).map(c -> c.replace('_', ' ').toLowerCase()).toList()), Kind.MARAC));
                    f.add(new Field(k + "evidence", "Evidence", rs.getString("evidence"), Kind.FREE_TEXT));
                    java.sql.Date held = rs.getDate("meets_on");
                    if (held != null) {
                        f.add(new Field(k + "meeting", "Discussed at the meeting of",
                                Dates.day(held.toLocalDate()), Kind.MARAC));
                    }
                    return new Entry("Referral to MARAC", f);
                }).list();
        return new PersonDataSection("MARAC", entries, PersonDataSection.SectionKind.MARAC);
    }
}
