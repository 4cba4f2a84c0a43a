package org.hearth.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.people.PersonId;
import org.hearth.people.PersonIdentifiers;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's names, date of birth, addresses and safe contact details as text, for erasure. */
@Component
class JdbcPersonIdentifiers implements PersonIdentifiers {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;

    JdbcPersonIdentifiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> of(PersonId person) {
        UUID id = person.value();
        Set<String> out = new LinkedHashSet<>();
        jdbc.sql("""
                SELECT given_name, family_name, date_of_birth FROM person WHERE id = ?
                UNION ALL SELECT given_name, family_name, NULL FROM person_alias WHERE person_id = ?""")
                .params(id, id).query(rs -> {
                    String given = rs.getString(1);
                    String family = rs.getString(2);
                    List<String> name = nonBlank(given, family);
                    if (name.size() == 2) {
                        out.add(String.join(" ", name));
                    }
                    add(out, given);
                    LocalDate born = rs.getObject(3, LocalDate.class);
                    if (born != null) {
                        out.add(born.toString());
                        out.add(Dates.day(born));
                        out.add(born.format(SLASHED));
                    }
                });
        jdbc.sql("SELECT line1, postcode FROM person_address WHERE person_id = ?").param(id).query(rs -> {
            add(out, rs.getString(1));
            add(out, rs.getString(2));
        });
        jdbc.sql("SELECT safe_phone, safe_address FROM safe_contact WHERE person_id = ?").param(id).query(rs -> {
            add(out, rs.getString(1));
            add(out, rs.getString(2));
        });
        return List.copyOf(out);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    private static void add(Set<String> out, String value) {
        if (value != null && value.trim().length() >= 2) {
            out.add(value.trim());
        }
    }
}
