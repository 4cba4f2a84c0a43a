package org.hearth.orders.internal;

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
 * Orders' part of a subject access output: every protective order binding or protecting the person, with the other
 * people on it as third parties, the conditions (which may describe a protected person's home) and the details of
 * each breach as free text, and who recorded it as staff.
 */
@Component
class OrderData extends NamingPersonDataSource {

    OrderData(JdbcClient jdbc, People people) {
        super(jdbc, people, 60);
    }

    @Override
    public PersonDataSection section(PersonId person) {
        UUID me = person.value();
        List<Entry> entries = jdbc.sql("""
                SELECT o.id, o.reference, o.subject_id, o.starts_on, o.ends_on, o.conditions, o.recorded_by_name,
                    t.name AS type FROM protective_order o JOIN order_type t ON t.code = o.type_code
                WHERE o.subject_id = :p OR EXISTS (SELECT 1 FROM protective_order_person x
                    WHERE x.order_id = o.id AND x.person_id = :p)
                ORDER BY o.starts_on, o.reference""").param("p", me).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String k = "order:" + id + ":";
                    UUID subject = rs.getObject("subject_id", UUID.class);
                    List<Field> f = new ArrayList<>();
                    f.add(Field.own(k + "type", "Order", rs.getString("type") + " (" + rs.getString("reference") + ")"));
                    f.add(Field.own(k + "part", "You are", subject.equals(me) ? "The person the order binds"
                            : "A person it protects"));
                    if (!subject.equals(me)) {
                        f.add(thirdParty(k + "subject", "The person it binds", subject));
                    }
                    othersNamed(f, k + "protected:", "A person it protects", jdbc.sql(
                            "SELECT person_id FROM protective_order_person WHERE order_id = ? ORDER BY person_id")
                            .param(id).query(UUID.class).list(), me);
                    f.add(Field.own(k + "starts", "Starts", Dates.day(rs.getDate("starts_on").toLocalDate())));
                    java.sql.Date ends = rs.getDate("ends_on");
                    f.add(Field.own(k + "ends", "Ends", ends == null ? "No end date" : Dates.day(ends.toLocalDate())));
                    addIfAny(f, k + "conditions", "Conditions", rs.getString("conditions"), Kind.FREE_TEXT);
                    f.add(new Field(k + "recorded-by", "Recorded by", rs.getString("recorded_by_name"), Kind.STAFF));
                    f.addAll(jdbc.sql("SELECT id, occurred_on, police_response, details FROM order_breach "
                            + "WHERE order_id = ? ORDER BY occurred_on").param(id).query((r, m) -> new Field(
                                    "order-breach:" + r.getObject("id", UUID.class),
                                    "Breach on " + Dates.day(r.getDate("occurred_on").toLocalDate()),
                                    r.getString("police_response").replace('_', ' ').toLowerCase()
                                            + (r.getString("details") == null ? "" : ": " + r.getString("details")),
                                    Kind.FREE_TEXT)).list());
                    return new Entry("Protective order", f);
                }).list();
        return new PersonDataSection("Protective orders", entries);
    }
}
