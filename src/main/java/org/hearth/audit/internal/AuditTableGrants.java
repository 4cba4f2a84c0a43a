package org.hearth.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hearth.platform.AfterMigration;
import org.hearth.platform.AppRoleGrants;
import org.hearth.platform.DatabaseRoles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the migrations (as the owner), and after {@link AppRoleGrants} gave the application role the usual
 * privileges: on the audit tables the application role may only add entries and chain rows and read them. No
 * UPDATE, no DELETE, no TRUNCATE, no TRIGGER, no REFERENCES; on the queue of entries to chain
 * ({@code audit_pending}) only SELECT: its rows are added and removed by the owner's triggers on
 * {@code audit_event} and {@code audit_chain}.
 */
@Component
@Order(10)
class AuditTableGrants extends AfterMigration {

    /** Each audit table and all the application role may do with it. */
    private static final String[][] GRANTS = {
        {"audit_event", "SELECT, INSERT"},
        {"audit_chain", "SELECT, INSERT"},
        {"audit_pending", "SELECT"},
        {"audit_chain_legacy", "SELECT"},
    };

    private final DatabaseRoles roles;

    AuditTableGrants(DatabaseRoles roles) {
        this.roles = roles;
    }

    @Override
    protected void afterMigration(Connection c) throws SQLException {
        if (roles.app().isBlank() || !AppRoleGrants.separateFrom(c, roles.app())) {
            return;
        }
        String app = AppRoleGrants.quoteIdent(roles.app());
        try (Statement s = c.createStatement()) {
            for (String[] table : GRANTS) {
                s.execute("REVOKE ALL ON " + table[0] + " FROM PUBLIC");
                s.execute("REVOKE ALL ON " + table[0] + " FROM " + app);
                s.execute("GRANT " + table[1] + " ON " + table[0] + " TO " + app);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "hearth-audit-table-grants";
    }
}
