package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A superuser connection to a register's embedded server, with the password Hearth keeps beside its data directory
 * ({@code db-passwords}): for bench tools only (the generator's load with the triggers off, {@code pg_stat_statements}).
 * The application itself never connects as the superuser.
 */
final class RegisterSuperuser {

    private RegisterSuperuser() {
    }

    /** Connects to the server {@code jdbc} (the application's connection) is on, whose data directory is {@code dataDir}. */
    static Connection connect(JdbcClient jdbc, String dataDir) throws Exception {
        Properties passwords = new Properties();
        try (var in = Files.newBufferedReader(Path.of(dataDir).toAbsolutePath().getParent().resolve("db-passwords"))) {
            passwords.load(in);
        }
        String url = jdbc.sql("SELECT 'jdbc:postgresql://localhost:' || current_setting('port') || '/' || current_database()")
                .query(String.class).single();
        return DriverManager.getConnection(url, "postgres", passwords.getProperty("postgres"));
    }
}
