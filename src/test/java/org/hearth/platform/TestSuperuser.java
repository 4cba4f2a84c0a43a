package org.hearth.platform;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded server's superuser, for tests that play an attacker with full access to the database (the
 * application's own role cannot do what these tests do). Explicit on purpose: the application never has it.
 */
public final class TestSuperuser {

    private TestSuperuser() {
    }

    /** A superuser connection to the tests' temporary embedded server. */
    public static DataSource dataSource() {
        return EmbeddedDatabase.superuser("");
    }

    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /** Runs {@code sql} as the superuser with triggers off ({@code session_replication_role = replica}). */
    public static void tamper(String... sql) {
        JdbcTemplate jdbc = jdbc();
        jdbc.execute((java.sql.Connection c) -> {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                for (String statement : sql) {
                    s.execute(statement);
                }
            }
            c.commit();
            return null;
        });
    }
}
