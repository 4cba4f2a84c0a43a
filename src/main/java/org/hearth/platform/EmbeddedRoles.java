package org.hearth.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Who may connect to the embedded database and as what (for {@link EmbeddedDatabase}): its {@code pg_hba.conf}
 * (only the superuser, from this machine, while a cluster has no passwords yet; then scram-sha-256 for every
 * connection) and its roles: the owner of the schema, which runs the migrations, and the application's role, which
 * owns nothing.
 */
final class EmbeddedRoles {

    static final String OWNER = "hearth_owner";
    static final String APP = "hearth_app";
    static final String SUPERUSER = "postgres";
    private static final String HBA_MARKER = "# hearth: password authentication";

    private EmbeddedRoles() {
    }

    /**
     * Before the server starts: a cluster that has no passwords yet (new, or made by an older Hearth with trust
     * authentication) lets only the superuser in, from this machine, until its roles have passwords.
     */
    static void beforeStart(Path dataDirectory, boolean newPasswords) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (newPasswords || !Files.readString(hba).contains(HBA_MARKER)) {
                Files.writeString(hba, """
                        # hearth: setting up (only the superuser, from this machine, until the roles have passwords)
                        local all postgres trust
                        host  all postgres 127.0.0.1/32 trust
                        host  all postgres ::1/128 trust
                        """);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    static void writePasswordOnlyHba(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            Files.writeString(hba, HBA_MARKER + """
                     (scram-sha-256) for every connection, loopback included; rewritten by Hearth on start
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    /**
     * Makes (or brings up to date) the owner and application roles and their passwords, hands everything in the
     * schema to the owner (a cluster made by an older Hearth has it all owned by the superuser), and lets the
     * application role use what the owner makes. Which tables the application role may change how is decided after
     * the migrations ({@code AppRoleGrants} and each module's own callbacks).
     */
    static void setUp(Connection superuser, Properties pw) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD " + literal(pw.getProperty(SUPERUSER)));
            for (String role : new String[] {OWNER, APP}) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + "; END IF; END $$");
                s.execute("ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                        + "PASSWORD " + literal(pw.getProperty(role)));
            }
            s.execute("ALTER ROLE " + APP + " NOINHERIT");
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            s.execute("""
                    DO $$
                    DECLARE r record;
                    BEGIN
                        FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                                 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                                   AND c.relkind IN ('r', 'p', 'v', 'm', 'f') LOOP
                            IF r.relkind = 'v' THEN
                                EXECUTE format('ALTER VIEW %s OWNER TO hearth_owner', r.name);
                            ELSIF r.relkind = 'm' THEN
                                EXECUTE format('ALTER MATERIALIZED VIEW %s OWNER TO hearth_owner', r.name);
                            ELSE
                                EXECUTE format('ALTER TABLE %s OWNER TO hearth_owner', r.name);
                            END IF;
                        END LOOP;
                        -- sequences of a table moved with it; the rest (CREATE SEQUENCE) are moved here
                        FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                                 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                                   AND c.relkind = 'S' LOOP
                            EXECUTE format('ALTER SEQUENCE %s OWNER TO hearth_owner', r.name);
                        END LOOP;
                        FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                                 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole LOOP
                            EXECUTE format('ALTER ROUTINE %s OWNER TO hearth_owner', r.name);
                        END LOOP;
                        FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                                 WHERE t.typnamespace = 'public'::regnamespace AND t.typowner = 'postgres'::regrole
                                   AND t.typtype IN ('e', 'd', 'r') LOOP
                            EXECUTE format('ALTER TYPE %s OWNER TO hearth_owner', r.name);
                        END LOOP;
                    END $$""");
        }
    }

    private static String literal(String password) {
        return "'" + password.replace("'", "''") + "'";
    }
}
