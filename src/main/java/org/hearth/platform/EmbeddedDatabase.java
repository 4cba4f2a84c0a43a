package org.hearth.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * server per data directory per JVM, stopped when the JVM exits, so cached test contexts share it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${HEARTH_DB_URL:}'.isBlank()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(Environment env) {
        String dataDir = env.getProperty("hearth.embedded-db.data-dir", "").trim();
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dataDir, EmbeddedDatabase::start);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(env.getProperty("hearth.embedded-db.pool-size", Integer.class, 10));
        pool.setPoolName("hearth-embedded");
        return pool;
    }

    private static EmbeddedPostgres start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setRegisterShutdownHook(true);
            if (dataDir.isEmpty()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            log.info("Embedded PostgreSQL started on port {} (data: {})", server.getPort(),
                    dataDir.isEmpty() ? "temporary" : dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
