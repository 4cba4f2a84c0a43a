package org.hearth.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) when {@code HEARTH_DB_URL} is not set.
 *
 * <p>With {@code hearth.embedded-db.data-dir} set (default {@code ./.hearth/pgdata}) the data
 * directory survives restarts, with {@code synchronous_commit} on (a committed record survives a crash); with it
 * blank a fresh temporary cluster is made (the tests), with {@code synchronous_commit} off as zonky sets it. One
 * server per data directory per JVM, shared by every application context using it (cached test
 * contexts) and stopped when the last of them closes.
 *
 * <p>Least privilege, as with an external database: every connection needs a password (scram-sha-256, loopback
 * included; {@code pg_hba.conf} is rewritten on every start); the schema belongs to {@code hearth_owner}, which runs
 * the migrations; the application connects as {@code hearth_app}, which owns nothing (see
 * {@link DatabaseRoles}; the roles and {@code pg_hba.conf}: {@link EmbeddedRoles}). The three passwords (superuser,
 * owner, application) are made on first start and kept in {@code db-passwords} beside the data directory and the
 * secret key ({@link EmbeddedPasswords}); a temporary cluster keeps them in memory. A data directory made by an older
 * Hearth (trust authentication, everything owned by the superuser) is upgraded on start: roles made, objects handed
 * to the owner, {@code pg_hba.conf} rewritten.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${HEARTH_DB_URL:}'.isBlank()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, Server> SERVERS = new HashMap<>();

    private static final String OWNER = EmbeddedRoles.OWNER;
    private static final String APP = EmbeddedRoles.APP;
    private static final String SUPERUSER = EmbeddedRoles.SUPERUSER;

    /** A running server, its role passwords, and how many contexts use it. */
    private static final class Server {
        final EmbeddedPostgres postgres;
        final Properties passwords;
        int users;

        Server(EmbeddedPostgres postgres, Properties passwords) {
            this.postgres = postgres;
            this.passwords = passwords;
        }

        String url() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        }
    }

    @Bean
    @Primary
    DataSource dataSource(Environment env) {
        String dataDir = dataDir(env);
        Server server = acquire(dataDir);
        HikariDataSource pool = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                release(dataDir);
            }
        };
        pool.setJdbcUrl(server.url());
        pool.setUsername(APP);
        pool.setPassword(server.passwords.getProperty(APP));
        pool.setMaximumPoolSize(env.getProperty("hearth.embedded-db.pool-size", Integer.class, 10));
        pool.setPoolName("hearth-embedded");
        // PostgreSQL's error detail ("Failing row contains (...)") can hold a person's data: never in an exception
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        // a request waits this long for a connection before it is answered 503 "try again" (the database away)
        pool.setConnectionTimeout(env.getProperty("hearth.db.connection-timeout-ms", Long.class, 5000L));
        return pool;
    }

    @Bean
    DatabaseRoles databaseRoles() {
        return new DatabaseRoles(APP, OWNER);
    }

    /** Migrations run as the owner, on a connection of their own (the pool is the application's role). */
    @Bean
    FlywayConfigurationCustomizer embeddedOwnerRunsMigrations(Environment env, DataSource dataSource) {
        String dataDir = dataDir(env);
        return configuration -> {
            Server server;
            synchronized (EmbeddedDatabase.class) {
                server = SERVERS.get(dataDir);
            }
            configuration.dataSource(server.url(), OWNER, server.passwords.getProperty(OWNER));
        };
    }

    /**
     * A superuser connection to the embedded server of {@code dataDir} (blank: the temporary one), for tests that
     * play an attacker with full database access. The application never uses it.
     */
    static synchronized DataSource superuser(String dataDir) {
        Server server = SERVERS.get(dataDir);
        if (server == null) {
            throw new IllegalStateException("No embedded database is running for data directory '" + dataDir + "'");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.url());
        ds.setUser(SUPERUSER);
        ds.setPassword(server.passwords.getProperty(SUPERUSER));
        return ds;
    }

    /**
     * For the backup command ({@link DatabaseBackupCommand}): a superuser data source for the embedded server of
     * {@code dataDir}, the running one if a Hearth holds the directory (allowed only when {@code mayBeRunning}),
     * else one started here and stopped by {@code onClose}.
     */
    static synchronized DataSource forTool(String dataDir, boolean mayBeRunning, List<Runnable> onClose) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Path passwordFile = dir.getParent().resolve("db-passwords");
        if (!Files.exists(dir.resolve("PG_VERSION")) || !Files.exists(passwordFile)) {
            throw new IllegalStateException("No embedded database at " + dir + " (or no " + passwordFile
                    + "): start Hearth on it once first");
        }
        Properties passwords = EmbeddedPasswords.read(passwordFile);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUser(SUPERUSER);
        ds.setPassword(passwords.getProperty(SUPERUSER));
        if (heldByAnotherProcess(dir)) {
            if (!mayBeRunning) {
                throw new IllegalStateException("A running Hearth uses " + dir + ": stop it first");
            }
            List<String> pid = Files.readAllLines(dir.resolve("postmaster.pid"));
            ds.setUrl("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres");
            return ds;
        }
        Server server = acquire(dir.toString());
        onClose.add(() -> release(dir.toString()));
        ds.setUrl(server.url());
        return ds;
    }

    private static boolean heldByAnotherProcess(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("postmaster.pid"))) {
            return false;
        }
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve(StalePostmaster.ZONKY_LOCK),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }

    private static String dataDir(Environment env) {
        return env.getProperty("hearth.embedded-db.data-dir", "").trim();
    }

    private static synchronized Server acquire(String dataDir) {
        Server server = SERVERS.computeIfAbsent(dataDir, EmbeddedDatabase::start);
        server.users++;
        return server;
    }

    private static synchronized void release(String dataDir) {
        Server server = SERVERS.get(dataDir);
        if (server != null && --server.users == 0) {
            SERVERS.remove(dataDir);
            try {
                server.postgres.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private static Server start(String dataDir) {
        try {
            Path passwordFile = dataDir.isEmpty() ? null : Path.of(dataDir).toAbsolutePath().getParent().resolve("db-passwords");
            boolean newPasswords = passwordFile == null || !Files.exists(passwordFile);
            Properties passwords = newPasswords ? EmbeddedPasswords.made() : EmbeddedPasswords.read(passwordFile);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    // zonky turns synchronous_commit off (fast, for throwaway test databases); a data directory that
                    // is kept holds a real user's data: a committed record must survive a crash
                    .setServerConfig("synchronous_commit", dataDir.isEmpty() ? "off" : "on")
                    // zonky's own readiness check connects as the superuser
                    .setConnectConfig("password", passwords.getProperty(SUPERUSER))
                    .setDataDirectoryCustomizer(dir -> EmbeddedRoles.beforeStart(dir.toPath(), newPasswords))
                    // stopped when the last pool closes (Spring closes contexts at exit); a JVM hook of its own
                    // could stop the server while the pool is still closing
                    .setRegisterShutdownHook(false);
            if (dataDir.isEmpty()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                StalePostmaster.stopIfOrphaned(dir); // left running by a Hearth killed with kill -9
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server;
            try {
                server = builder.start();
            } catch (IllegalStateException e) {
                if (String.valueOf(e.getMessage()).contains("could not lock")) {
                    throw new IllegalStateException("The data directory " + dataDir + " is in use by another running "
                            + "Hearth. Stop that one first, or set HEARTH_DATA_DIR to another folder.", e);
                }
                throw e;
            }
            Server started = new Server(server, passwords);
            try (Connection c = superuserConnection(started)) {
                EmbeddedRoles.setUp(c, passwords);
            } catch (RuntimeException | SQLException e) {
                server.close();
                if (!newPasswords) {
                    throw new IllegalStateException("Could not sign in to the embedded database with the passwords in "
                            + passwordFile + ". Restore that file (it was made with the database), or delete it so "
                            + "Hearth sets new passwords on the next start.", e);
                }
                throw new IllegalStateException("Could not set up the roles of the embedded database", e);
            }
            if (newPasswords && passwordFile != null) {
                EmbeddedPasswords.write(passwordFile, passwords);
                log.info("Made passwords for the embedded database's roles: {}", passwordFile);
            }
            Path hba = dataDirectoryOf(server);
            EmbeddedRoles.writePasswordOnlyHba(hba);
            try (Connection c = superuserConnection(started); Statement s = c.createStatement()) {
                s.execute("SELECT pg_reload_conf()");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not reload the embedded database's authentication rules", e);
            }
            log.info("Embedded PostgreSQL started on port {} (data: {}); the application connects as {}",
                    server.getPort(), dataDir.isEmpty() ? "temporary" : dataDir, APP);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static Path dataDirectoryOf(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find the embedded database's data directory", e);
        }
    }

    private static Connection superuserConnection(Server server) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.url());
        ds.setUser(SUPERUSER);
        ds.setPassword(server.passwords.getProperty(SUPERUSER));
        return ds.getConnection();
    }
}
