package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * A data directory made by an older Hearth (trust authentication, everything owned by the superuser) is upgraded
 * on start: passwords made beside it (owner-only), roles made, objects handed to the owner, scram everywhere.
 */
class EmbeddedDatabaseUpgradeTest {

    @TempDir
    Path home;

    @Test
    void aClusterMadeTheOldWayIsUpgradedOnStart() throws Exception {
        Path dataDir = home.resolve("pgdata");
        // the old way: trust authentication, the application's tables made by the superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            JdbcTemplate superuser = new JdbcTemplate(old.getPostgresDatabase());
            superuser.execute("CREATE TABLE person (id serial PRIMARY KEY, name text)");
            superuser.execute("CREATE SEQUENCE referral_number");
            superuser.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$");
            superuser.update("INSERT INTO person (name) VALUES ('Kept')");
        }

        MockEnvironment env = new MockEnvironment().withProperty("hearth.embedded-db.data-dir", dataDir.toString());
        DataSource app = new EmbeddedDatabase().dataSource(env);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(app);
            assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("hearth_app");
            Path passwords = home.resolve("db-passwords");
            assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwords)).contains("hearth_app=", "hearth_owner=", "postgres=");
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("scram-sha-256").doesNotContain("trust");

            JdbcTemplate su = new JdbcTemplate(EmbeddedDatabase.superuser(dataDir.toString()));
            Map<String, Object> owners = su.queryForMap("""
                    SELECT (SELECT tableowner FROM pg_tables WHERE tablename = 'person') AS person,
                           (SELECT relowner::regrole::text FROM pg_class WHERE relname = 'referral_number') AS sequence,
                           (SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'refuse') AS function""");
            assertThat(owners).containsEntry("person", "hearth_owner").containsEntry("sequence", "hearth_owner")
                    .containsEntry("function", "hearth_owner");
            assertThat(su.queryForObject("SELECT name FROM person", String.class)).isEqualTo("Kept");

            PGSimpleDataSource noPassword = new PGSimpleDataSource();
            noPassword.setUrl(((PGSimpleDataSource) EmbeddedDatabase.superuser(dataDir.toString())).getUrl());
            noPassword.setUser("postgres");
            assertThatThrownBy(() -> {
                try (Connection c = noPassword.getConnection()) {
                    c.isValid(1);
                }
            }).hasMessageContaining("password");
        } finally {
            ((AutoCloseable) app).close();
        }
    }
}
