package org.hearth.platform;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of Hearth's database made by Hearth itself, with PgJDBC's {@link CopyManager}: every table of the
 * schema (but Flyway's history and the web sessions) copied out as PostgreSQL text {@code COPY} (gzip), in one
 * read-only {@code REPEATABLE READ} transaction (one consistent snapshot, taken while Hearth runs), with a
 * {@code manifest.properties}: the Flyway versions applied, each table's columns (copied by name), row count and
 * checksum, each sequence's value. Works for the embedded PostgreSQL 17 and any external one (no {@code pg_dump} of a matching version needed).
 *
 * <p>A restore goes into a database that Hearth has migrated to exactly the same Flyway versions (start Hearth of the
 * same release once on an empty database, then stop it): in one transaction, with triggers and foreign-key checks
 * off ({@code session_replication_role = replica}: a superuser, or a role granted {@code SET} on that parameter),
 * it empties every table, copies every table in, sets the sequences, then counts and checksums every table against
 * the manifest; any difference (or a different schema version) and nothing is changed. The secret key and the audit
 * checkpoint file are not in the database: see docs/operations.md.
 */
public final class DatabaseBackup {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String MANIFEST = "manifest.properties";
    /** A column list as {@code quote_ident} writes plain names: {@code a, b, "order"}. */
    private static final Pattern COLUMNS = Pattern.compile("\"?[a-z_][a-z0-9_]*\"?(, \"?[a-z_][a-z0-9_]*\"?)*");

    private DatabaseBackup() {
    }

    /** What a backup holds. */
    public record Manifest(Instant made, String flywayVersions, Map<String, Long> rows, Map<String, String> checksums,
            Map<String, String> sequences, Map<String, String> columns) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Backs the database up into {@code dir} (new or empty); {@code c} must be able to read every table. */
    public static Manifest backup(Connection c, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        // the backup holds every person's record: only the account running it may enter the folder (the files are
        // not encrypted; keep backups on an encrypted volume, see docs/operations.md)
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the operator protects the folder
        }
        try (var entries = Files.list(dir)) {
            if (entries.anyMatch(p -> !p.getFileName().toString().equals("audit-checkpoints"))) {
                throw new IllegalArgumentException(dir + " is not empty: back up into a new folder");
            }
        }
        return inOneTransaction(c, s -> {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            s.execute("SET LOCAL TimeZone = 'UTC'");
            String versions = flywayVersions(c);
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> sums = new LinkedHashMap<>();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, String> columns = new LinkedHashMap<>();
            for (String table : tables(c)) {
                columns.put(table, columns(c, table));
                try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                        Files.newOutputStream(dir.resolve(table + ".copy.gz")), 1 << 16))) {
                    rows.put(table, copy.copyOut("COPY public." + table + " (" + columns.get(table) + ") TO STDOUT", out));
                }
                sums.put(table, checksum(c, table));
            }
            Map<String, String> sequences = sequences(c);
            Manifest m = new Manifest(Instant.now(), versions, rows, sums, sequences, columns);
            write(m, dir.resolve(MANIFEST));
            return m;
        });
    }

    /**
     * Replaces every row of the database {@code c} reaches with the backup in {@code dir}, or changes nothing.
     *
     * @throws IllegalStateException when the database is at other Flyway versions, or a table's rows do not match
     *                               the manifest after the copy (a damaged backup)
     */
    public static Manifest restore(Connection c, Path dir) throws SQLException, IOException {
        Manifest m = read(dir.resolve(MANIFEST));
        return inOneTransaction(c, s -> {
            s.execute("SET LOCAL TimeZone = 'UTC'");
            String here = flywayVersions(c);
            if (!here.equals(m.flywayVersions())) {
                throw new IllegalStateException("The backup was made at other schema versions than this database's. "
                        + "Restore into an empty database that Hearth of the release that made the backup has "
                        + "started on once. Backup: " + m.flywayVersions() + "; here: " + here);
            }
            List<String> tables = tables(c);
            for (String table : m.rows().keySet()) {
                check(table);
                if (!tables.contains(table)) {
                    throw new IllegalStateException("This database has no table " + table);
                }
            }
            try {
                s.execute("SET LOCAL session_replication_role = replica");
            } catch (SQLException e) {
                throw new IllegalStateException("A restore turns triggers and foreign-key checks off while it copies: "
                        + "connect as a superuser (or a role granted SET ON PARAMETER session_replication_role)", e);
            }
            List<String> wiped = new ArrayList<>(tables);
            wiped.addAll(sessionTables(c));
            s.execute("TRUNCATE " + String.join(", ", wiped.stream().map(t -> "public." + t).toList()));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : m.rows().keySet()) {
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(
                        Files.newInputStream(dir.resolve(table + ".copy.gz")), 1 << 16))) {
                    // by name: a database migrated in another order may have its columns in another order
                    copy.copyIn("COPY public." + table + " (" + m.columns().get(table) + ") FROM STDIN", in);
                }
            }
            for (Map.Entry<String, String> seq : m.sequences().entrySet()) {
                check(seq.getKey());
                String[] v = seq.getValue().split(",");
                s.execute("SELECT setval('public." + seq.getKey() + "', " + Long.parseLong(v[0]) + ", "
                        + Boolean.parseBoolean(v[1]) + ")");
            }
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, Long> t : m.rows().entrySet()) {
                long n;
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM public." + t.getKey())) {
                    rs.next();
                    n = rs.getLong(1);
                }
                if (n != t.getValue() || !checksum(c, t.getKey()).equals(m.checksums().get(t.getKey()))) {
                    wrong.add(t.getKey() + " (" + n + " rows, the backup " + t.getValue() + ")");
                }
            }
            if (!wrong.isEmpty()) {
                throw new IllegalStateException("The restored rows differ from the backup's manifest, so nothing was "
                        + "restored: " + String.join(", ", wrong));
            }
            return m;
        });
    }

    /** What {@code work} does with a statement of {@code c}, in one transaction: committed, or rolled back on a failure. */
    private static Manifest inOneTransaction(Connection c, StatementWork work) throws SQLException, IOException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            Manifest m = work.run(s);
            c.commit();
            return m;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private interface StatementWork {
        Manifest run(Statement s) throws SQLException, IOException;
    }

    /** The tables backed up: every ordinary table of the schema but Flyway's history and the web sessions. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.relname FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                  AND c.relname <> 'flyway_schema_history' AND c.relname NOT LIKE 'spring_session%'
                ORDER BY c.relname""")) {
            while (rs.next()) {
                out.add(check(rs.getString(1)));
            }
        }
        return out;
    }

    /** The web sessions: not backed up (everyone signs in again after a restore), emptied by a restore. */
    private static List<String> sessionTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
                  AND relname LIKE 'spring_session%' ORDER BY relname""")) {
            while (rs.next()) {
                out.add(check(rs.getString(1)));
            }
        }
        return out;
    }

    private static String flywayVersions(Connection c) throws SQLException {
        return text(c, """
                SELECT coalesce(string_agg(version, ',' ORDER BY string_to_array(version, '.')::int[]), '')
                FROM flyway_schema_history WHERE success AND version IS NOT NULL""");
    }

    /** The text in the first column of the one row {@code sql} selects. */
    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A table's stored columns (not generated, not dropped), quoted, in their order, for {@code COPY}. */
    static String columns(Connection c, String table) throws SQLException {
        check(table);
        return text(c, "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = "
                + "'public." + table + "'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''");
    }

    /**
     * Every row of the table as JSON (keys sorted: the order of the columns does not count), each hashed, the hashes
     * sorted and hashed: equal rows, equal checksum.
     */
    static String checksum(Connection c, String table) throws SQLException {
        check(table);
        return text(c, "SELECT md5(coalesce(string_agg(h, '' ORDER BY h), '')) FROM (SELECT md5(CAST(to_jsonb(t) AS text)) AS h FROM public."
                + table + " t) x");
    }

    private static Map<String, String> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY 1")) {
            while (rs.next()) {
                names.add(check(rs.getString(1)));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM public." + name)) {
                rs.next();
                out.put(name, rs.getLong(1) + "," + rs.getBoolean(2));
            }
        }
        return out;
    }

    private static String check(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalStateException("Not a plain table name: " + identifier);
        }
        return identifier;
    }

    private static void write(Manifest m, Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("made", m.made().toString());
        p.setProperty("flyway.versions", m.flywayVersions());
        p.setProperty("tables", String.join(",", m.rows().keySet()));
        m.rows().forEach((t, n) -> p.setProperty("rows." + t, Long.toString(n)));
        m.checksums().forEach((t, sum) -> p.setProperty("md5." + t, sum));
        m.sequences().forEach((q, v) -> p.setProperty("sequence." + q, v));
        m.columns().forEach((t, cols) -> p.setProperty("columns." + t, cols));
        StringWriter text = new StringWriter();
        p.store(text, "Hearth backup: see docs/operations.md");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    /** The manifest of the backup in {@code dir}. */
    public static Manifest manifest(Path dir) throws IOException {
        return read(dir.resolve(MANIFEST));
    }

    private static Manifest read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + " does not exist: not a Hearth backup");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> sums = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String t : p.getProperty("tables", "").split(",")) {
            if (!t.isBlank()) {
                rows.put(check(t), Long.parseLong(p.getProperty("rows." + t)));
                sums.put(t, p.getProperty("md5." + t));
                String cols = p.getProperty("columns." + t, "");
                if (!COLUMNS.matcher(cols).matches()) {
                    throw new IllegalStateException("The manifest's columns of " + t + " are not plain column names");
                }
                columns.put(t, cols);
            }
        }
        Map<String, String> sequences = new LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("sequence.")) {
                sequences.put(check(key.substring("sequence.".length())), p.getProperty(key));
            }
        }
        return new Manifest(Instant.parse(p.getProperty("made")), p.getProperty("flyway.versions", ""), rows, sums,
                sequences, columns);
    }
}
