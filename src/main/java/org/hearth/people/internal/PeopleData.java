package org.hearth.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.people.PersonDataSection;
import org.hearth.people.PersonDataSection.Entry;
import org.hearth.people.PersonDataSection.Field;
import org.hearth.people.PersonDataSection.Kind;
import org.hearth.people.PersonId;
import org.hearth.people.RelationshipKind;
import org.hearth.people.SqlPersonDataSource;
import org.hearth.platform.Dates;
import org.hearth.platform.Enums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person record's part of a subject access output: who they are, their other names, their addresses (a
 * confidential one flagged), their safe contact rules (the safe number and address flagged), the people they are
 * related to (each a third party) and the corrections made to the record.
 */
@Component
class PeopleData extends SqlPersonDataSource {

    PeopleData(JdbcClient jdbc) {
        super(jdbc, 10);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        UUID id = person.value();
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("SELECT given_name, family_name, date_of_birth, estimated_age, sex, ethnicity, first_language, "
                + "religion, created_at FROM person WHERE id = ?").param(id).query(rs -> {
                    List<Field> f = new ArrayList<>();
                    f.add(Field.own("person:" + id + ":name", "Name",
                            rs.getString("given_name") + " " + rs.getString("family_name")));
                    java.sql.Date born = rs.getDate("date_of_birth");
                    f.add(Field.own("person:" + id + ":born", "Date of birth",
                            born == null ? null : Dates.day(born.toLocalDate())));
                    f.add(Field.own("person:" + id + ":sex", "Sex", Enums.words(rs.getString("sex"))));
                    f.add(Field.own("person:" + id + ":ethnicity", "Ethnicity", Enums.words(rs.getString("ethnicity"))));
                    f.add(Field.own("person:" + id + ":language", "First language", rs.getString("first_language")));
                    f.add(Field.own("person:" + id + ":religion", "Religion", rs.getString("religion")));
                    f.add(Field.own("person:" + id + ":recorded", "Recorded on",
                            Dates.day(rs.getTimestamp("created_at").toLocalDateTime().toLocalDate())));
                    entries.add(new Entry("Who you are", f));
                });
        List<Field> aliases = jdbc.sql("SELECT id, concat_ws(' ', given_name, family_name) FROM person_alias "
                + "WHERE person_id = ? ORDER BY id").param(id)
                .query((rs, n) -> Field.own("person-alias:" + rs.getLong(1), "Other name", rs.getString(2))).list();
        if (!aliases.isEmpty()) {
            entries.add(new Entry("Other names", aliases));
        }
        List<Field> addresses = jdbc.sql("""
                SELECT id, concat_ws(', ', line1, line2, town, postcode) AS address, in_refuge, refuge_service,
                    confidential, from_date, to_date FROM person_address WHERE person_id = ?
                ORDER BY from_date DESC NULLS LAST, created_at DESC""").param(id).query((rs, n) -> {
                    String text = rs.getBoolean("in_refuge") ? "In refuge, via " + rs.getString("refuge_service")
                            : rs.getString("address");
                    java.sql.Date from = rs.getDate("from_date");
                    java.sql.Date to = rs.getDate("to_date");
                    String when = (from == null ? "" : " (from " + Dates.day(from.toLocalDate()))
                            + (to == null ? (from == null ? "" : ")") : (from == null ? " (" : "") + " to "
                                    + Dates.day(to.toLocalDate()) + ")");
                    return new Field("person-address:" + rs.getObject("id"), "Address", text + when,
                            rs.getBoolean("confidential") ? Kind.CONFIDENTIAL : Kind.OWN);
                }).list();
        if (!addresses.isEmpty()) {
            entries.add(new Entry("Addresses", addresses));
        }
        jdbc.sql("SELECT * FROM safe_contact WHERE person_id = ?").param(id).query(rs -> {
            List<Field> f = new ArrayList<>();
            f.add(Field.own("safe-contact:" + id + ":rules", "How you may be contacted",
                    "Calls " + yes(rs, "call_ok") + ", voicemail " + yes(rs, "voicemail_ok") + ", texts "
                            + yes(rs, "text_ok") + ", post " + yes(rs, "post_ok") + ", email " + yes(rs, "email_ok")));
            f.add(Field.own("safe-contact:" + id + ":times", "Safe times", rs.getString("safe_times")));
            addIfAny(f, "safe-contact:" + id + ":phone", "Safe phone number",
                    rs.getString("safe_phone"), Kind.CONFIDENTIAL);
            addIfAny(f, "safe-contact:" + id + ":address", "Safe address",
                    rs.getString("safe_address"), Kind.CONFIDENTIAL);
            addIfAny(f, "safe-contact:" + id + ":notes", "Notes", rs.getString("notes"), Kind.FREE_TEXT);
            entries.add(new Entry("Safe contact", f));
        });
        List<Field> related = jdbc.sql("""
                SELECT r.id, r.kind, p.given_name || ' ' || p.family_name FROM person_relationship r
                JOIN person p ON p.id = r.related_id WHERE r.person_id = ? ORDER BY r.id""").param(id)
                .query((rs, n) -> new Field("person-relationship:" + rs.getLong(1),
                        RelationshipKind.valueOf(rs.getString(2)).label(), rs.getString(3), Kind.THIRD_PARTY)).list();
        if (!related.isEmpty()) {
            entries.add(new Entry("People you are recorded as related to", related));
        }
        List<Field> corrections = jdbc.sql("""
                SELECT id, field, old_value, new_value, reason, recorded_at FROM person_correction
                WHERE person_id = ? ORDER BY recorded_at""").param(id)
                .query((rs, n) -> Field.own("person-correction:" + rs.getObject(1), "Correction on "
                        + Dates.day(rs.getTimestamp("recorded_at").toLocalDateTime().toLocalDate()),
                        org.hearth.people.PersonCorrection.Field.valueOf(rs.getString("field")).label() + ": "
                                + (rs.getString("old_value") == null ? "not recorded" : rs.getString("old_value"))
                                + " corrected to " + rs.getString("new_value") + " (" + rs.getString("reason") + ")"))
                .list();
        if (!corrections.isEmpty()) {
            entries.add(new Entry("Corrections to your record", corrections));
        }
        return new PersonDataSection("Your record", entries);
    }

    private static String yes(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? "not asked" : v ? "yes" : "no";
    }
}
