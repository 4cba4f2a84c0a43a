package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.audit.internal.TestAccess;
import org.hearth.platform.TestSuperuser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Hearth refuses to start when the role it connects as could change the audit trail (the embedded database's
 * own application role passes), unless explicitly overridden; migrations ran as the owner, not the application.
 */
@HearthIntegrationTest
class AuditDatabaseRoleTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationsRolePassesTheStartCheckAndTheOwnerRanTheMigrations() {
        assertThat(TestAccess.privilegeProblems(jdbc)).isEmpty();
        assertThatCode(() -> TestAccess.startCheck(jdbc, false)).doesNotThrowAnyException();
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("hearth_app");
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'", String.class))
                .isEqualTo("hearth_owner");
        assertThat(TestSuperuser.jdbc().queryForObject("SELECT DISTINCT installed_by FROM flyway_schema_history WHERE version = '7'", String.class))
                .isEqualTo("hearth_owner");
    }

    @Test
    void aRoleThatCouldChangeTheTrailIsRefusedUnlessOverridden() {
        JdbcTemplate superuser = TestSuperuser.jdbc();
        assertThat(TestAccess.privilegeProblems(superuser)).contains("is a superuser")
                .anySatisfy(p -> assertThat(p).startsWith("owns audit_event"))
                .contains("may DELETE from audit_event", "may TRUNCATE audit_event")
                .anySatisfy(p -> assertThat(p).startsWith("owns audit_chain"))
                .contains("may DELETE from audit_chain", "may INSERT into audit_pending", "may DELETE from audit_pending")
                .anySatisfy(p -> assertThat(p).startsWith("may UPDATE audit_chain (seq, event_id, prev_hash, hash)"));
        assertThatThrownBy(() -> TestAccess.startCheck(superuser, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(postgres) can change the audit trail")
                .hasMessageContaining("HEARTH_ALLOW_PRIVILEGED_DB_ROLE=true");
        assertThatCode(() -> TestAccess.startCheck(superuser, true)).doesNotThrowAnyException();
    }

    /**
     * Each privilege the application's role must not have on the chain and its queue is found (a drifted grant;
     * the grants are put right again at the next start).
     */
    @Test
    void aGrantTooManyOnTheChainOrItsQueueIsFound() {
        JdbcTemplate su = TestSuperuser.jdbc();
        for (String[] grant : new String[][] {
            {"UPDATE (hash) ON audit_chain", "may UPDATE audit_chain (hash)"},
            {"DELETE ON audit_chain", "may DELETE from audit_chain"},
            {"INSERT ON audit_pending", "may INSERT into audit_pending"},
            {"DELETE ON audit_pending", "may DELETE from audit_pending"},
            {"UPDATE ON audit_event", "may UPDATE audit_event (occurred_at, actor_id, actor_name, action, "
                    + "record_type, record_ids, reason, source_address, id)"}}) {
            su.execute("GRANT " + grant[0] + " TO hearth_app");
            try {
                assertThat(TestAccess.privilegeProblems(jdbc)).as(grant[0]).containsExactly(grant[1]);
            } finally {
                su.execute("REVOKE " + grant[0] + " FROM hearth_app");
            }
        }
        assertThat(TestAccess.privilegeProblems(jdbc)).isEmpty();
    }

    @Test
    void theOwnerIsRefusedToo() throws Exception {
        try (var connection = TestSuperuser.dataSource().getConnection()) {
            var owner = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            owner.execute("SET ROLE hearth_owner");
            assertThat(TestAccess.privilegeProblems(owner)).isNotEmpty()
                    .anySatisfy(p -> assertThat(p).startsWith("owns audit_event"))
                    .doesNotContain("is a superuser");
            assertThatThrownBy(() -> TestAccess.startCheck(owner, false)).hasMessageContaining("(hearth_owner)");
            owner.execute("RESET ROLE");
        }
    }
}
