package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The latest involvement of each person from a query selecting two columns: the person's id and the date. */
    protected List<RetentionFact> involved(String sql) {
        return jdbc.sql(sql).query((rs, n) -> RetentionFact.involved(new PersonId(rs.getObject(1, UUID.class)),
                rs.getObject(2, LocalDate.class))).list();
    }

    /** A hold with {@code reason} on each person a query selects (one column: the person's id). */
    protected List<RetentionFact> held(String sql, String reason) {
        return jdbc.sql(sql).query((rs, n) -> RetentionFact.held(new PersonId(rs.getObject(1, UUID.class)), reason))
                .list();
    }

    /** The facts of {@link #involved} followed by the holds of {@link #held}. */
    protected List<RetentionFact> involvedAndHeld(String involvedSql, String heldSql, String reason) {
        List<RetentionFact> facts = new ArrayList<>(involved(involvedSql));
        facts.addAll(held(heldSql, reason));
        return facts;
    }
}
