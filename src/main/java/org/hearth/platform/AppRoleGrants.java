package org.hearth.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After every migration run (as the owner), lets the application role read and write the rows of every table in
 * the schema and use its sequences, but own nothing, create nothing and never touch Flyway's history. Modules with
 * tables the application must not change (the audit trail) take privileges back in callbacks of their own, ordered
 * after this one. Repeated on every start, so privileges that drifted are put right.
 */
@Component
@Order(0)
public class AppRoleGrants extends AfterMigration {

    private static final Logger log = LoggerFactory.getLogger(AppRoleGrants.class);
    private final DatabaseRoles roles;

    AppRoleGrants(DatabaseRoles roles) {
        this.roles = roles;
    }

    @Override
    protected void afterMigration(Connection c) throws SQLException {
        if (roles.app().isBlank()) {
            log.warn("The application's database role is not configured by name (HEARTH_DB_USER); no privileges "
                    + "were granted to it after the migrations.");
            return;
        }
        if (!separateFrom(c, roles.app())) {
            log.warn("The migrations ran as the application's own database role ({}); no privileges were granted. "
                    + "Set HEARTH_DB_OWNER_USER / HEARTH_DB_OWNER_PASSWORD to a separate owner role.", roles.app());
            return;
        }
        String app = quoteIdent(roles.app());
        try (Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA " + schema(c) + " TO " + app);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema(c) + " TO " + app);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema(c) + " TO " + app);
            s.execute("REVOKE ALL ON " + schema(c) + ".flyway_schema_history FROM " + app);
        }
    }

    @Override
    public String getCallbackName() {
        return "hearth-app-role-grants";
    }

    /** Whether the connection's role is another role than {@code app} (so granting to it means something). */
    public static boolean separateFrom(Connection c, String app) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return !rs.getString(1).equals(app);
        }
    }

    private static String schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT quote_ident(current_schema())")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A role name quoted for SQL. */
    public static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
