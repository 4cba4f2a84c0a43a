package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PersonDataHolder} for a module whose rows are erased and dated by SQL on its own tables (as
 * {@code audit.SqlAuditNames} names records): it holds the module's {@link JdbcClient} and reads the retention
 * schedule's facts from two kinds of query, {@link #involved} and {@link #held}.
 */
public abstract class SqlPersonData implements PersonDataHolder {

    protected final JdbcClient jdbc;

    protected SqlPersonData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest involvement of each of {@code persons} from a query selecting two columns: a person's id and the
     * date. The query is written for everyone; only the persons asked for are read (PostgreSQL takes the condition
     * on the id into the query, to each table's index), so a page of persons costs what the page holds.
     */
    protected List<RetentionFact> involved(String sql, Collection<PersonId> persons) {
        return jdbc.sql("SELECT f.person, f.d FROM (" + sql + ") AS f (person, d) WHERE f.person = ANY(?)")
                .param(ids(persons))
                .query((rs, n) -> RetentionFact.involved(new PersonId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, LocalDate.class))).list();
    }

    /** A hold with {@code reason} on each of {@code persons} a query selects (one column: a person's id). */
    protected List<RetentionFact> held(String sql, String reason, Collection<PersonId> persons) {
        return jdbc.sql("SELECT f.person FROM (" + sql + ") AS f (person) WHERE f.person = ANY(?)").param(ids(persons))
                .query((rs, n) -> RetentionFact.held(new PersonId(rs.getObject(1, UUID.class)), reason)).list();
    }

    /** The facts of {@link #involved} followed by the holds of {@link #held}, for {@code persons}. */
    protected List<RetentionFact> involvedAndHeld(String involvedSql, String heldSql, String reason,
            Collection<PersonId> persons) {
        List<RetentionFact> facts = new ArrayList<>(involved(involvedSql, persons));
        facts.addAll(held(heldSql, reason, persons));
        return facts;
    }

    /** The persons' ids as an array parameter ({@code = ANY(?)}). */
    protected static UUID[] ids(Collection<PersonId> persons) {
        return persons.stream().map(PersonId::value).toArray(UUID[]::new);
    }
}
