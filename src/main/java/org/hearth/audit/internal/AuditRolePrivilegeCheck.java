package org.hearth.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, checks that the role the application connects as cannot change the audit trail: it must not be a
 * superuser, own {@code audit_event} (or be a member of its owner), nor have UPDATE on any column other than the
 * chain's, DELETE, TRUNCATE or TRIGGER on it, nor be able to turn triggers off ({@code session_replication_role}).
 * Hearth refuses to start otherwise, unless {@code hearth.security.allow-privileged-database-role}
 * ({@code HEARTH_ALLOW_PRIVILEGED_DB_ROLE=true}) says so explicitly, and then warns at every start.
 */
@Component
class AuditRolePrivilegeCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AuditRolePrivilegeCheck.class);
    static final String OVERRIDE = "hearth.security.allow-privileged-database-role";

    private final JdbcTemplate jdbc;
    private final boolean allowed;

    @org.springframework.beans.factory.annotation.Autowired
    AuditRolePrivilegeCheck(JdbcTemplate jdbc, Environment env) {
        this(jdbc, env.getProperty(OVERRIDE, Boolean.class, false));
    }

    AuditRolePrivilegeCheck(JdbcTemplate jdbc, boolean allowed) {
        this.jdbc = jdbc;
        this.allowed = allowed;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = problems();
        if (problems.isEmpty()) {
            return;
        }
        String message = "The database role Hearth connects as (" + role() + ") can change the audit trail: it "
                + String.join("; it ", problems) + ". Connect as a role that owns nothing, with the migrations run by "
                + "a separate owner role (HEARTH_DB_USER / HEARTH_DB_PASSWORD for the application, "
                + "HEARTH_DB_OWNER_USER / HEARTH_DB_OWNER_PASSWORD for the owner; see docs/security/audit.md)";
        if (allowed) {
            log.warn("{}. Starting anyway because {}=true.", message, OVERRIDE);
            return;
        }
        throw new IllegalStateException(message + ". To start anyway, knowingly, set "
                + "HEARTH_ALLOW_PRIVILEGED_DB_ROLE=true (" + OVERRIDE + ").");
    }

    private String role() {
        return jdbc.queryForObject("SELECT current_user", String.class);
    }

    /** What the current role could do to the audit trail that it must not (empty when nothing). */
    List<String> problems() {
        Map<String, Object> r = jdbc.queryForMap("""
                SELECT rolsuper,
                       pg_has_role(current_user, c.relowner, 'MEMBER') AS owns,
                       has_table_privilege('audit_event', 'UPDATE') AS upd,
                       has_table_privilege('audit_event', 'DELETE') AS del,
                       has_table_privilege('audit_event', 'TRUNCATE') AS trunc,
                       has_table_privilege('audit_event', 'TRIGGER') AS trig,
                       has_parameter_privilege('session_replication_role', 'SET') AS replica,
                       (SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_attribute a
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                           AND a.attname NOT IN ('seq', 'prev_hash', 'hash')
                           AND has_column_privilege(c.oid, a.attnum, 'UPDATE')) AS updatable
                  FROM pg_class c, pg_roles
                 WHERE c.oid = 'audit_event'::regclass AND pg_roles.rolname = current_user""");
        List<String> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(r.get("rolsuper"))) {
            problems.add("is a superuser");
        }
        if (Boolean.TRUE.equals(r.get("owns"))) {
            problems.add("owns audit_event (or is a member of its owner), so it can disable its triggers");
        }
        if (Boolean.TRUE.equals(r.get("upd")) || r.get("updatable") != null) {
            problems.add("may UPDATE audit_event" + (r.get("updatable") == null ? "" : " (" + r.get("updatable") + ")"));
        }
        if (Boolean.TRUE.equals(r.get("del"))) {
            problems.add("may DELETE from audit_event");
        }
        if (Boolean.TRUE.equals(r.get("trunc"))) {
            problems.add("may TRUNCATE audit_event");
        }
        if (Boolean.TRUE.equals(r.get("trig"))) {
            problems.add("may create triggers on audit_event");
        }
        if (Boolean.TRUE.equals(r.get("replica"))) {
            problems.add("may set session_replication_role, which turns triggers off");
        }
        return problems;
    }
}
