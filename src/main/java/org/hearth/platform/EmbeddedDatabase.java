package org.hearth.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.HashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) when {@code HEARTH_DB_URL} is not set.
 *
 * <p>With {@code hearth.embedded-db.data-dir} set (default {@code ./.hearth/pgdata}) the data
 * directory survives restarts; with it blank a fresh temporary cluster is made (the tests). One
 * server per data directory per JVM, shared by every application context using it (cached test
 * contexts) and stopped when the last of them closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${HEARTH_DB_URL:}'.isBlank()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, Server> SERVERS = new HashMap<>();

    /** A running server and how many contexts use it. */
    private static final class Server {
        final EmbeddedPostgres postgres;
        int users;

        Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }

    @Bean
    DataSource dataSource(Environment env) {
        String dataDir = env.getProperty("hearth.embedded-db.data-dir", "").trim();
        EmbeddedPostgres server = acquire(dataDir);
        HikariDataSource pool = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                release(dataDir);
            }
        };
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(env.getProperty("hearth.embedded-db.pool-size", Integer.class, 10));
        pool.setPoolName("hearth-embedded");
        return pool;
    }

    private static synchronized EmbeddedPostgres acquire(String dataDir) {
        Server server = SERVERS.computeIfAbsent(dataDir, dir -> new Server(start(dir)));
        server.users++;
        return server.postgres;
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

    private static EmbeddedPostgres start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    // stopped when the last pool closes (Spring closes contexts at exit); a JVM hook of its own
                    // could stop the server while the pool is still closing
                    .setRegisterShutdownHook(false);
            if (dataDir.isEmpty()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
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
            log.info("Embedded PostgreSQL started on port {} (data: {})", server.getPort(),
                    dataDir.isEmpty() ? "temporary" : dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
