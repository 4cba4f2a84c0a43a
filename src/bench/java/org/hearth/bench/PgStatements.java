package org.hearth.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's own account of a benchmark run, statement by statement ({@code bench/import speed --pg-statements},
 * BENCHMARKS.md "Police import"): {@code pg_stat_statements} (calls, total and mean time, rows, with the statements
 * run inside triggers and functions), the trigger functions' time ({@code pg_stat_user_functions}) and, for the
 * tables written most, their indexes and how often each was read. Needs a data directory prepared with
 * {@code bench/pg-profile DIR} (the library preloaded); the extension is created here, as the superuser, whose
 * password Hearth keeps beside the data directory, and the application role may then read and reset the figures.
 * Without the library, says so and prints nothing else.
 */
final class PgStatements {

    private final JdbcClient jdbc;
    private final boolean available;

    PgStatements(JdbcClient jdbc, String dataDir) throws Exception {
        this.jdbc = jdbc;
        if (!dataDir.isEmpty()) {
            try (Connection c = RegisterSuperuser.connect(jdbc, dataDir);
                    Statement st = c.createStatement();
                    var preload = st.executeQuery("SELECT current_setting('shared_preload_libraries')")) {
                preload.next();
                if (preload.getString(1).contains("pg_stat_statements")) {
                    st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                    st.execute("GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint, boolean) TO hearth_app");
                    st.execute("GRANT EXECUTE ON FUNCTION pg_stat_reset() TO hearth_app");
                }
            }
        }
        this.available = jdbc.sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'")
                .query(Long.class).single() > 0;
        if (!available) {
            System.out.println("pg_stat_statements is not set up in this data directory: prepare it with bench/pg-profile");
        }
    }

    /** Forgets the figures so far (the demo's loading, the first duplicate search): the run's own start here. */
    void reset() {
        if (available) {
            jdbc.sql("SELECT pg_stat_statements_reset()").query().singleRow();
            jdbc.sql("SELECT pg_stat_reset()").query().singleRow();
        }
    }

    /** Prints the top statements by total time, the trigger functions and the written tables' indexes. */
    void print(int rows) {
        if (!available) {
            return;
        }
        double all = jdbc.sql("SELECT coalesce(sum(total_exec_time), 0) FROM pg_stat_statements").query(Double.class)
                .single();
        System.out.printf(Locale.ROOT, "pg_stat_statements: %.0f ms of statement time in all, %.3f ms a row; top 15:%n",
                all, all / Math.max(1, rows));
        System.out.println("   calls    total ms   mean ms       rows  share  statement");
        jdbc.sql("SELECT calls, total_exec_time, mean_exec_time, rows, toplevel, query FROM pg_stat_statements "
                + "ORDER BY total_exec_time DESC LIMIT 15").query((rs, n) -> String.format(Locale.ROOT,
                        "%8d %11.0f %9.3f %10d %5.1f%%  %s%s", rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getLong(4), 100 * rs.getDouble(2) / Math.max(1, all), rs.getBoolean(5) ? "" : "(nested) ",
                        oneLine(rs.getString(6)))).list().forEach(System.out::println);
        System.out.println("Trigger and other functions (pg_stat_user_functions):");
        jdbc.sql("SELECT funcname, calls, total_time, self_time FROM pg_stat_user_functions ORDER BY total_time DESC "
                + "LIMIT 8").query((rs, n) -> String.format(Locale.ROOT, "  %-40s %,10d calls %10.0f ms (%.0f self)",
                        rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4))).list()
                .forEach(System.out::println);
        System.out.println("Tables by rows written, their indexes and the reads of each in the run:");
        List<String> tables = jdbc.sql("SELECT relname FROM pg_stat_user_tables ORDER BY n_tup_ins + n_tup_upd DESC "
                + "LIMIT 10").query(String.class).list();
        for (String table : tables) {
            System.out.println(jdbc.sql("SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables "
                    + "WHERE relname = ?").param(table).query((rs, n) -> String.format(Locale.ROOT,
                            "  %-32s %,8d inserted %,8d updated (%,d HOT)", rs.getString(1), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4))).single());
            jdbc.sql("SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relname = ? ORDER BY indexrelname")
                    .param(table).query((rs, n) -> String.format(Locale.ROOT, "      %-44s %,10d scans", rs.getString(1),
                            rs.getLong(2))).list().forEach(System.out::println);
        }
    }

    private static String oneLine(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 150 ? flat.substring(0, 150) + "…" : flat;
    }
}
