package org.hearth.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.people.ExactPeople;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One query on the person table: the current name and the date of birth, exactly. */
@Component
class JdbcExactPeople implements ExactPeople {

    private final JdbcClient jdbc;

    JdbcExactPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonId> named(String givenName, String familyName, LocalDate dateOfBirth) {
        if (givenName == null || familyName == null || dateOfBirth == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id FROM person
                WHERE merged_into IS NULL AND date_of_birth = :born
                  AND lower(trim(given_name)) = lower(:given) AND lower(trim(family_name)) = lower(:family)
                ORDER BY id""")
                .param("born", dateOfBirth).param("given", givenName.strip()).param("family", familyName.strip())
                .query(UUID.class).list().stream().map(PersonId::new).toList();
    }
}
