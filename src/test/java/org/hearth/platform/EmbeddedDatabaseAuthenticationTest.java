package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database asks every connection for its password, loopback included, and the roles are separate. */
@HearthIntegrationTest
class EmbeddedDatabaseAuthenticationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRoleNeedsItsPasswordEvenFromThisMachine() throws Exception {
        String url = ((PGSimpleDataSource) TestSuperuser.dataSource()).getUrl();
        for (String role : new String[] {"postgres", "hearth_owner", "hearth_app"}) {
            PGSimpleDataSource noPassword = new PGSimpleDataSource();
            noPassword.setUrl(url);
            noPassword.setUser(role);
            assertThatThrownBy(noPassword::getConnection).as(role).hasMessageContaining("password");
            PGSimpleDataSource wrong = new PGSimpleDataSource();
            wrong.setUrl(url);
            wrong.setUser(role);
            wrong.setPassword("not-the-password");
            assertThatThrownBy(wrong::getConnection).as(role).hasMessageContaining("password authentication failed");
        }
        try (Connection c = TestSuperuser.dataSource().getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        JdbcTemplate su = TestSuperuser.jdbc();
        assertThat(su.queryForList("SELECT DISTINCT auth_method FROM pg_hba_file_rules WHERE error IS NULL", String.class))
                .containsExactly("scram-sha-256");
        assertThat(su.queryForObject("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'hearth_app'",
                Boolean.class)).isTrue();
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNeitherSuperuserNorOwner() {
        assertThat(jdbc.queryForMap("SELECT current_user AS role, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles "
                + "WHERE rolname = current_user")).containsEntry("role", "hearth_app").containsEntry("rolsuper", false)
                .containsEntry("rolcreaterole", false).containsEntry("rolcreatedb", false);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole "
                + "OR relnamespace = 'public'::regnamespace AND relowner = 'postgres'::regrole", Integer.class)).isZero();
        assertThatThrownBy(() -> jdbc.execute("CREATE TABLE intruder (id int)")).hasStackTraceContaining("permission denied");
    }
}
