package org.hearth.support;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For a test that lists tables by name (to leave them out of a search, or to allow them): which listed names are not
 * a table of the schema, so a table a migration drops (or renames) cannot stay on the list unnoticed.
 */
public final class Tables {

    private Tables() {
    }

    /** The names in {@code listed} that are no table of the current schema, in order (empty when all are). */
    public static Set<String> missing(JdbcClient jdbc, Collection<String> listed) {
        // pg_tables, not information_schema: that lists only the tables the application's role has a privilege on
        // (it has none on flyway_schema_history)
        Set<String> tables = Set.copyOf(jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                .query(String.class).list());
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(tables);
        return missing;
    }
}
