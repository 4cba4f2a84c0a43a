package org.hearth.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.hearth.platform.AfterMigration;
import org.hearth.platform.AppRoleGrants;
import org.hearth.platform.DatabaseRoles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the migrations (as the owner), and after {@link AppRoleGrants} gave the application role the usual
 * privileges: on the audit tables the application role may only add entries, read them and chain unchained ones
 * (UPDATE of {@code seq}, {@code prev_hash} and {@code hash} only; the trigger refuses even that for a chained
 * entry). No UPDATE of anything else, no DELETE, no TRUNCATE, no TRIGGER, no REFERENCES.
 */
@Component
@Order(10)
class AuditTableGrants extends AfterMigration {

    private final DatabaseRoles roles;

    AuditTableGrants(DatabaseRoles roles) {
        this.roles = roles;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection c = context.getConnection();
            if (roles.app().isBlank() || !AppRoleGrants.separateFrom(c, roles.app())) {
                return;
            }
            String app = AppRoleGrants.quoteIdent(roles.app());
            try (Statement s = c.createStatement()) {
                s.execute("REVOKE ALL ON audit_event FROM PUBLIC");
                s.execute("REVOKE ALL ON audit_event FROM " + app);
                s.execute("GRANT SELECT, INSERT ON audit_event TO " + app);
                s.execute("GRANT UPDATE (seq, prev_hash, hash) ON audit_event TO " + app);
                s.execute("REVOKE ALL ON audit_chain_legacy FROM PUBLIC");
                s.execute("REVOKE ALL ON audit_chain_legacy FROM " + app);
                s.execute("GRANT SELECT ON audit_chain_legacy TO " + app);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restrict the application role's privileges on the audit trail",
                    e);
        }
    }

    @Override
    public String getCallbackName() {
        return "hearth-audit-table-grants";
    }
}
