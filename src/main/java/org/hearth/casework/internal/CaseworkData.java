package org.hearth.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.people.SqlPersonDataSource;
import org.hearth.platform.Dates;
import org.hearth.platform.Enums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Casework's part of a subject access output: the person's cases (service, dates, status) and every note on them.
 * The referrer is staff; the reason for the referral and each note are free text. Safety and support plans, contact
 * attempts, court support and programmes are not included yet.
 */
@Component
class CaseworkData extends SqlPersonDataSource {

    CaseworkData(JdbcClient jdbc) {
        super(jdbc, 50);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        List<Entry> entries = jdbc.sql("""
                SELECT c.id, c.reference, c.referred_on, c.referred_by, c.reason, c.status, s.name AS service
                FROM casework_case c JOIN casework_service s ON s.id = c.service_id
                WHERE c.person_id = ? ORDER BY c.referred_on, c.reference""").param(person.value()).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String k = "casework-case:" + id + ":";
                    List<Field> f = new ArrayList<>();
                    f.add(Field.own(k + "service", "Service", rs.getString("service")));
                    f.add(Field.own(k + "referred", "Referred on", Dates.day(rs.getDate("referred_on").toLocalDate())));
                    f.add(new Field(k + "referred-by", "Referred by", rs.getString("referred_by"), Kind.STAFF));
                    addIfAny(f, k + "reason", "Reason", rs.getString("reason"), Kind.FREE_TEXT);
                    f.add(Field.own(k + "status", "Status", Enums.words(rs.getString("status"))));
                    f.addAll(jdbc.sql("SELECT id, noted_on, text FROM casework_note WHERE case_id = ? "
                            + "ORDER BY noted_on, recorded_at").param(id).query((r, m) -> new Field(
                                    "casework-note:" + r.getObject("id", UUID.class),
                                    "Note of " + Dates.day(r.getDate("noted_on").toLocalDate()), r.getString("text"),
                                    Kind.FREE_TEXT)).list());
                    return new Entry("Case " + rs.getString("reference"), f);
                }).list();
        return new PersonDataSection("Support (casework)", entries);
    }
}
