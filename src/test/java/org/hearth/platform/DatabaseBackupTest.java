package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hearth.access.Role;
import org.hearth.audit.AuditVerification;
import org.hearth.audit.internal.TestChainVerifier;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backup and restore ({@link DatabaseBackup}): the running test database is backed up, a second database in the same
 * server is migrated by Flyway as Hearth would (an empty Hearth), given a row of its own, and restored from the
 * backup: the row is wiped, every table holds exactly the backup's rows (count and checksum, independently of the
 * restore's own check), a person made before the backup is there, and the audit chain verifies against the
 * checkpoints copied with the backup (but not with another secret key). A damaged backup and a database at other
 * schema versions are refused with nothing changed.
 */
@HearthIntegrationTest
class DatabaseBackupTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    ApplicationContext ctx;

    @Test
    void backsUpWipesRestoresAndFindsEveryRowAndAVerifyingAuditChain(@TempDir Path tmp) throws Exception {
        fixtures.enrolledUser(Role.HUB_COORDINATOR);
        String family = Fixtures.uniqueName("Backup");
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Wren', ?, ?)")
                .params(person, family, UUID.randomUUID()).update();
        long deadline = System.currentTimeMillis() + 60_000;
        while (jdbc.sql("SELECT count(*) FROM audit_chain").query(Long.class).single() == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200); // the appender chains entries in the background
        }
        Path dir = tmp.resolve("backup");
        Files.createDirectories(dir);
        Path checkpoints = TestChainVerifier.checkpointFile(ctx);
        if (Files.exists(checkpoints)) {
            Files.copy(checkpoints, dir.resolve("audit-checkpoints"));
        }
        DatabaseBackup.Manifest made;
        try (Connection c = TestSuperuser.dataSource().getConnection()) {
            made = DatabaseBackup.backup(c, dir);
        }
        assertThat(made.rows()).containsKeys("person", "audit_event", "referral", "staff_user")
                .doesNotContainKeys("flyway_schema_history");
        assertThat(made.rows().get("person")).isPositive();

        PGSimpleDataSource restored = TestRestore.emptyHearth(flyway);
        try {
            JdbcClient there = JdbcClient.create(restored);
            UUID stranger = UUID.randomUUID();
            there.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Stray', 'Row', ?)")
                    .params(stranger, UUID.randomUUID()).update();

            try (Connection c = restored.getConnection()) {
                DatabaseBackup.restore(c, dir);
            }

            assertThat(there.sql("SELECT count(*) FROM person WHERE id = ?").param(stranger).query(Integer.class).single())
                    .as("wiped").isZero();
            assertThat(there.sql("SELECT family_name FROM person WHERE id = ?").param(person).query(String.class).single())
                    .isEqualTo(family);
            try (Connection c = restored.getConnection()) {
                for (var table : made.rows().entrySet()) {
                    assertThat(there.sql("SELECT count(*) FROM " + table.getKey()).query(Long.class).single())
                            .as(table.getKey()).isEqualTo(table.getValue());
                    assertThat(DatabaseBackup.checksum(c, table.getKey())).as(table.getKey())
                            .isEqualTo(made.checksums().get(table.getKey()));
                }
            }
            AuditVerification chain = TestChainVerifier.verify(ctx, restored, dir.resolve("audit-checkpoints"));
            assertThat(chain.intact()).as(String.valueOf(chain.problem())).isTrue();
            assertThat(chain.entriesChecked()).isPositive();
            assertThat(TestChainVerifier.verifyWithAnotherKey(restored, dir.resolve("audit-checkpoints")).intact())
                    .as("the chain needs the secret key of the backup's Hearth").isFalse();

            // a damaged backup: one row fewer in a table's file than its manifest says
            long people = there.sql("SELECT count(*) FROM person").query(Long.class).single();
            Path manifest = dir.resolve("manifest.properties");
            String text = Files.readString(manifest);
            Files.writeString(manifest, text.replaceFirst("(?m)^rows\\.person=(\\d+)$",
                    "rows.person=" + (made.rows().get("person") + 1)));
            try (Connection c = restored.getConnection()) {
                assertThatThrownBy(() -> DatabaseBackup.restore(c, dir)).hasMessageContaining("differ")
                        .hasMessageContaining("person");
            }
            assertThat(there.sql("SELECT count(*) FROM person").query(Long.class).single()).as("unchanged")
                    .isEqualTo(people);
            Files.writeString(manifest, text);

            // a database at other schema versions
            there.sql("DELETE FROM flyway_schema_history WHERE version = '1'").update();
            try (Connection c = restored.getConnection()) {
                assertThatThrownBy(() -> DatabaseBackup.restore(c, dir)).hasMessageContaining("schema versions");
            }
            assertThat(there.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(people);
        } finally {
            TestRestore.drop();
        }
    }
}
