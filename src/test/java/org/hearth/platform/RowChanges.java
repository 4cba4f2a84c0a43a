package org.hearth.platform;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The net number of rows each of some tables has gained (or lost) since {@link #watch}: statement-level triggers with
 * transition tables add each INSERT's and DELETE's row count to one small table, in the writing transaction (a
 * write rolled back leaves nothing). Reading it is one small query, where counting every row of 160 tables after
 * each request took a third of the input fuzzer's time. Installed as the test superuser, removed by {@link #close}.
 * The superuser's one connection is kept open from {@link #watch} to {@link #close}: the test superuser's data
 * source opens a new connection for every statement (a server process and a password exchange), and the fuzzer
 * reads the counts after each of its 2,000 or so changing requests.
 * A TRUNCATE is not counted (no request truncates).
 */
final class RowChanges implements AutoCloseable {

    private static final String LOG = "zz_test_row_change";

    private final SingleConnectionDataSource connection;
    private final JdbcTemplate su;
    private final List<String> tables;

    private RowChanges(List<String> tables) {
        this.tables = tables;
        try {
            this.connection = new SingleConnectionDataSource(TestSuperuser.dataSource().getConnection(), true);
        } catch (SQLException e) {
            throw new IllegalStateException("No superuser connection to the test database", e);
        }
        this.su = new JdbcTemplate(connection);
    }

    /** Starts counting the rows written to {@code tables} (partitions are counted through their parent). */
    static RowChanges watch(List<String> tables) {
        RowChanges changes = new RowChanges(tables);
        changes.install();
        return changes;
    }

    private void install() {
        su.execute("CREATE TABLE " + LOG + " (t text NOT NULL, n bigint NOT NULL)");
        for (String[] f : List.of(new String[] {"in", "new", ""}, new String[] {"out", "old", "-"})) {
            su.execute("""
                    CREATE FUNCTION zz_test_rows_%1$s() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
                    SET search_path = public AS $$
                    BEGIN
                        INSERT INTO %2$s SELECT TG_TABLE_NAME, %3$scount(*) FROM zz_%4$s HAVING count(*) > 0;
                        RETURN NULL;
                    END $$""".formatted(f[0], LOG, f[2], f[1]));
            su.execute("GRANT EXECUTE ON FUNCTION zz_test_rows_" + f[0] + "() TO PUBLIC");
        }
        for (String t : tables) {
            su.execute("""
                    CREATE TRIGGER zz_test_rows_in AFTER INSERT ON "%1$s" REFERENCING NEW TABLE AS zz_new
                        FOR EACH STATEMENT EXECUTE FUNCTION zz_test_rows_in();
                    CREATE TRIGGER zz_test_rows_out AFTER DELETE ON "%1$s" REFERENCING OLD TABLE AS zz_old
                        FOR EACH STATEMENT EXECUTE FUNCTION zz_test_rows_out()""".formatted(t));
        }
    }

    /** Each table's net rows gained or lost since {@link #watch} (tables whose count is back where it was left out). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        su.query("SELECT t, sum(n) FROM " + LOG + " GROUP BY t HAVING sum(n) <> 0",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public void close() {
        try {
            for (String t : tables) {
                su.execute("DROP TRIGGER IF EXISTS zz_test_rows_in ON \"" + t + "\"; "
                        + "DROP TRIGGER IF EXISTS zz_test_rows_out ON \"" + t + "\"");
            }
            su.execute("DROP FUNCTION IF EXISTS zz_test_rows_in(); DROP FUNCTION IF EXISTS zz_test_rows_out(); "
                    + "DROP TABLE IF EXISTS " + LOG);
        } finally {
            connection.destroy();
        }
    }
}
