package org.hearth.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
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
 * directory survives restarts; with it blank a fresh temporary cluster is made (the tests). One
 * server per data directory per JVM, shared by every application context using it (cached test
 * contexts) and stopped when the last of them closes.
 *
 * <p>Least privilege, as with an external database: every connection needs a password (scram-sha-256, loopback
 * included; {@code pg_hba.conf} is rewritten on every start); the schema belongs to {@code hearth_owner}, which runs
 * the migrations; the application connects as {@code hearth_app}, which owns nothing (see
 * {@link DatabaseRoles}). The three passwords (superuser, owner, application) are made on first start and kept in
 * {@code db-passwords} beside the data directory and the secret key (owner-only file); a temporary cluster keeps
 * them in memory. A data directory made by an older Hearth (trust authentication, everything owned by the
 * superuser) is upgraded on start: roles made, objects handed to the owner, {@code pg_hba.conf} rewritten.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${HEARTH_DB_URL:}'.isBlank()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, Server> SERVERS = new HashMap<>();

    static final String OWNER = "hearth_owner";
    static final String APP = "hearth_app";
    static final String SUPERUSER = "postgres";
    private static final String HBA_MARKER = "# hearth: password authentication";

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
        Properties passwords = readPasswords(passwordFile);
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
            Properties passwords = newPasswords ? newPasswords() : readPasswords(passwordFile);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    // zonky's own readiness check connects as the superuser
                    .setConnectConfig("password", passwords.getProperty(SUPERUSER))
                    .setDataDirectoryCustomizer(dir -> beforeStart(dir.toPath(), newPasswords))
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
            try {
                setUpRoles(started);
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
                StringWriter text = new StringWriter();
                passwords.store(text, "Passwords of the embedded database's roles (made by Hearth; keep private)");
                HearthSecretKey.writeOwnerOnly(passwordFile, text.toString());
                log.info("Made passwords for the embedded database's roles: {}", passwordFile);
            }
            Path hba = dataDirectoryOf(server);
            writePasswordOnlyHba(hba);
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

    /**
     * Before the server starts: a cluster that has no passwords yet (new, or made by an older Hearth with trust
     * authentication) lets only the superuser in, from this machine, until its roles have passwords.
     */
    private static void beforeStart(Path dataDirectory, boolean newPasswords) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (newPasswords || !Files.readString(hba).contains(HBA_MARKER)) {
                Files.writeString(hba, """
                        # hearth: setting up (only the superuser, from this machine, until the roles have passwords)
                        local all postgres trust
                        host  all postgres 127.0.0.1/32 trust
                        host  all postgres ::1/128 trust
                        """);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    private static void writePasswordOnlyHba(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            Files.writeString(hba, HBA_MARKER + """
                     (scram-sha-256) for every connection, loopback included; rewritten by Hearth on start
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    private static Connection superuserConnection(Server server) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.url());
        ds.setUser(SUPERUSER);
        ds.setPassword(server.passwords.getProperty(SUPERUSER));
        return ds.getConnection();
    }

    /**
     * Makes (or brings up to date) the owner and application roles and their passwords, hands everything in the
     * schema to the owner (a cluster made by an older Hearth has it all owned by the superuser), and lets the
     * application role use what the owner makes. Which tables the application role may change how is decided after
     * the migrations ({@code AppRoleGrants} and each module's own callbacks).
     */
    private static void setUpRoles(Server server) throws SQLException {
        Properties pw = server.passwords;
        try (Connection c = superuserConnection(server); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD " + literal(pw.getProperty(SUPERUSER)));
            for (String role : new String[] {OWNER, APP}) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + "; END IF; END $$");
                s.execute("ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                        + "PASSWORD " + literal(pw.getProperty(role)));
            }
            s.execute("ALTER ROLE " + APP + " NOINHERIT");
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            s.execute("""
                    DO $$
                    DECLARE r record;
                    BEGIN
                        FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                                 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                                   AND c.relkind IN ('r', 'p', 'v', 'm', 'f') LOOP
                            IF r.relkind = 'v' THEN
                                EXECUTE format('ALTER VIEW %s OWNER TO hearth_owner', r.name);
                            ELSIF r.relkind = 'm' THEN
                                EXECUTE format('ALTER MATERIALIZED VIEW %s OWNER TO hearth_owner', r.name);
                            ELSE
                                EXECUTE format('ALTER TABLE %s OWNER TO hearth_owner', r.name);
                            END IF;
                        END LOOP;
                        -- sequences of a table moved with it; the rest (CREATE SEQUENCE) are moved here
                        FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                                 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                                   AND c.relkind = 'S' LOOP
                            EXECUTE format('ALTER SEQUENCE %s OWNER TO hearth_owner', r.name);
                        END LOOP;
                        FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                                 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole LOOP
                            EXECUTE format('ALTER ROUTINE %s OWNER TO hearth_owner', r.name);
                        END LOOP;
                        FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                                 WHERE t.typnamespace = 'public'::regnamespace AND t.typowner = 'postgres'::regrole
                                   AND t.typtype IN ('e', 'd', 'r') LOOP
                            EXECUTE format('ALTER TYPE %s OWNER TO hearth_owner', r.name);
                        END LOOP;
                    END $$""");
        }
    }

    private static String literal(String password) {
        return "'" + password.replace("'", "''") + "'";
    }

    private static Properties newPasswords() {
        Properties p = new Properties();
        SecureRandom random = new SecureRandom();
        for (String role : new String[] {SUPERUSER, OWNER, APP}) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            p.setProperty(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return p;
    }

    private static Properties readPasswords(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file)));
        for (String role : new String[] {SUPERUSER, OWNER, APP}) {
            if (p.getProperty(role, "").isBlank()) {
                throw new IllegalStateException(file + " has no password for " + role
                        + ". Restore the file, or delete it so Hearth sets new passwords on the next start.");
            }
        }
        return p;
    }
}
