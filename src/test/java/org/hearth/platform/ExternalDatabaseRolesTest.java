package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hearth.HearthApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An external PostgreSQL (HEARTH_DB_URL): migrations run as HEARTH_DB_OWNER_USER, the application connects as
 * HEARTH_DB_USER with only the privileges Hearth grants it; connecting as the owner is refused at start.
 */
class ExternalDatabaseRolesTest {

    @TempDir
    Path dir;

    @Test
    void theOwnerMigratesTheAppRoleOwnsNothingAndAnOwnerConnectionIsRefused() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setRegisterShutdownHook(false).start()) {
            JdbcTemplate su = new JdbcTemplate(server.getPostgresDatabase());
            su.execute("CREATE ROLE owner_role LOGIN PASSWORD 'owner-pw'");
            su.execute("CREATE ROLE app_role LOGIN PASSWORD 'app-pw' NOINHERIT");
            su.execute("CREATE DATABASE hearth OWNER owner_role");
            JdbcTemplate hearthDb = new JdbcTemplate(server.getDatabase("postgres", "hearth"));
            hearthDb.execute("ALTER SCHEMA public OWNER TO owner_role");
            hearthDb.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/hearth";

            try (ConfigurableApplicationContext app = start(url, "app_role", "app-pw", false)) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("app_role");
                assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'",
                        String.class)).isEqualTo("owner_role");
                assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole",
                        Integer.class)).isZero();
                assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event")).hasStackTraceContaining("permission denied");
                assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_user", Integer.class)).isNotNegative();
            }
            assertThatThrownBy(() -> start(url, "owner_role", "owner-pw", false).close())
                    .hasStackTraceContaining("(owner_role) can change the audit trail")
                    .hasStackTraceContaining("HEARTH_ALLOW_PRIVILEGED_DB_ROLE=true");
        }
    }

    private ConfigurableApplicationContext start(String url, String user, String password, boolean allow) {
        List<String> args = new ArrayList<>(List.of("--HEARTH_DB_URL=" + url, "--HEARTH_DB_USER=" + user,
                "--HEARTH_DB_PASSWORD=" + password, "--HEARTH_DB_OWNER_USER=owner_role",
                "--HEARTH_DB_OWNER_PASSWORD=owner-pw",
                "--HEARTH_SECRET_KEY=" + Base64.getEncoder().encodeToString(new byte[32]),
                "--hearth.audit.checkpoint-file=" + dir.resolve("audit-checkpoints"), "--hearth.demo.enabled=false",
                "--server.port=0", "--hearth.warm-up.enabled=false",
                "--hearth.security.allow-privileged-database-role=" + allow));
        return new SpringApplicationBuilder(HearthApplication.class).run(args.toArray(String[]::new));
    }
}
