package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * A data directory that is kept (what {@code mvn spring-boot:run} uses: a real user's data) commits durably:
 * zonky's default {@code synchronous_commit=off} is only for the tests' throwaway clusters.
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path home;

    @Test
    void aKeptDataDirectoryCommitsSynchronously() throws Exception {
        MockEnvironment env = new MockEnvironment()
                .withProperty("hearth.embedded-db.data-dir", home.resolve("pgdata").toString());
        DataSource app = new EmbeddedDatabase().dataSource(env);
        try {
            assertThat(new JdbcTemplate(app).queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        } finally {
            ((AutoCloseable) app).close();
        }
    }
}
