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
 * superuser, own {@code audit_event}, {@code audit_chain} or {@code audit_pending} (or be a member of their owner),
 * nor have UPDATE, DELETE, TRUNCATE or TRIGGER on them (nor INSERT on the queue {@code audit_pending}), nor be able
 * to turn triggers off ({@code session_replication_role}).
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
                SELECT rolsuper, has_parameter_privilege('session_replication_role', 'SET') AS replica
                  FROM pg_roles WHERE rolname = current_user""");
        List<String> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(r.get("rolsuper"))) {
            problems.add("is a superuser");
        }
        // the trail and the chain: insert-only; the queue of entries to chain: only its owner's triggers write it
        for (Map<String, Object> t : jdbc.queryForList("""
                SELECT t.name, t.queue,
                       pg_has_role(current_user, c.relowner, 'MEMBER') AS owns,
                       has_table_privilege(c.oid, 'INSERT') AS ins,
                       has_table_privilege(c.oid, 'DELETE') AS del,
                       has_table_privilege(c.oid, 'TRUNCATE') AS trunc,
                       has_table_privilege(c.oid, 'TRIGGER') AS trig,
                       (SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_attribute a
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                           AND has_column_privilege(c.oid, a.attnum, 'UPDATE')) AS updatable
                  FROM (VALUES (1, 'audit_event', false), (2, 'audit_chain', false), (3, 'audit_pending', true))
                       AS t(n, name, queue)
                  JOIN pg_class c ON c.oid = to_regclass(t.name)
                 ORDER BY t.n""")) {
            String table = (String) t.get("name");
            if (Boolean.TRUE.equals(t.get("owns"))) {
                problems.add("owns " + table + " (or is a member of its owner), so it can disable its triggers");
            }
            if (Boolean.TRUE.equals(t.get("queue")) && Boolean.TRUE.equals(t.get("ins"))) {
                problems.add("may INSERT into " + table);
            }
            if (t.get("updatable") != null) {
                problems.add("may UPDATE " + table + " (" + t.get("updatable") + ")");
            }
            if (Boolean.TRUE.equals(t.get("del"))) {
                problems.add("may DELETE from " + table);
            }
            if (Boolean.TRUE.equals(t.get("trunc"))) {
                problems.add("may TRUNCATE " + table);
            }
            if (Boolean.TRUE.equals(t.get("trig"))) {
                problems.add("may create triggers on " + table);
            }
        }
        if (Boolean.TRUE.equals(r.get("replica"))) {
            problems.add("may set session_replication_role, which turns triggers off");
        }
        return problems;
    }
}
