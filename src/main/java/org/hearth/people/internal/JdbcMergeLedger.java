package org.hearth.people.internal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.people.MergeId;
import org.hearth.people.MergeLedger;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger of one merge in {@code person_merge_row}: each row moved (by its key), removed (whole, as JSON) or
 * added, in order. {@link #restore} replays it backwards. Rows are matched by JSON containment of their key, so
 * no column types need be known here.
 */
final class JdbcMergeLedger implements MergeLedger {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final MergeId merge;
    private final PersonId from;
    private final PersonId to;
    private int seq;

    JdbcMergeLedger(JdbcClient jdbc, MergeId merge, PersonId from, PersonId to) {
        this.jdbc = jdbc;
        this.merge = merge;
        this.from = from;
        this.to = to;
    }

    @Override
    public MergeId merge() {
        return merge;
    }

    @Override
    public int move(String table, String column, List<String> key, String conflict) {
        check(table);
        check(column);
        key.forEach(JdbcMergeLedger::check);
        if (conflict != null && !conflict.isBlank()) {
            List<String> removed = jdbc.sql("DELETE FROM " + table + " AS r WHERE r." + column + " = :from AND ("
                    + conflict + ") RETURNING CAST(to_jsonb(r) AS text)")
                    .param("from", from.value()).param("to", to.value()).query(String.class).list();
            removed.forEach(row -> record(table, column, "REMOVED", row));
        }
        StringBuilder keyJson = new StringBuilder("jsonb_build_object(");
        for (int i = 0; i < key.size(); i++) {
            keyJson.append(i == 0 ? "" : ", ").append('\'').append(key.get(i)).append("', r.").append(key.get(i));
        }
        keyJson.append(')');
        List<String> moved = jdbc.sql("UPDATE " + table + " AS r SET " + column + " = :to WHERE r." + column
                + " = :from RETURNING CAST(" + keyJson + " AS text)")
                .param("from", from.value()).param("to", to.value()).query(String.class).list();
        moved.forEach(row -> record(table, column, "MOVED", row));
        return moved.size();
    }

    /** A row the merge deleted (given whole, as JSON), inserted again by an unmerge. */
    void removed(String table, String column, String rowJson) {
        record(table, column, "REMOVED", rowJson);
    }

    /** A row the merge made (e.g. an alias), deleted again by an unmerge. */
    void added(String table, String column, String keyJson) {
        record(table, column, "ADDED", keyJson);
    }

    private void record(String table, String column, String kind, String json) {
        jdbc.sql("""
                INSERT INTO person_merge_row (merge_id, seq, table_name, column_name, kind, row_data)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""")
                .params(merge.value(), seq++, table, column, kind, json).update();
    }

    /**
     * Puts back every row of the merge, last first: moved rows point at the merged record again, removed rows are
     * inserted again, added rows are deleted. Returns how many ledger rows could not be put back (changed since).
     */
    static int restore(JdbcClient jdbc, MergeId merge, PersonId from, PersonId to) {
        record Entry(String table, String column, String kind, String data) {
        }
        List<Entry> entries = jdbc.sql("""
                SELECT table_name, column_name, kind, CAST(row_data AS text) AS data FROM person_merge_row
                WHERE merge_id = ? ORDER BY seq DESC""").param(merge.value())
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        int missed = 0;
        for (Entry e : entries) {
            check(e.table());
            check(e.column());
            int n = switch (e.kind()) {
                case "MOVED" -> jdbc.sql("UPDATE " + e.table() + " AS r SET " + e.column() + " = :from WHERE r."
                        + e.column() + " = :to AND to_jsonb(r) @> CAST(:key AS jsonb)")
                        .param("from", from.value()).param("to", to.value()).param("key", e.data()).update();
                case "REMOVED" -> jdbc.sql("INSERT INTO " + e.table() + " SELECT * FROM jsonb_populate_record(NULL::"
                        + e.table() + ", CAST(:row AS jsonb))").param("row", e.data()).update();
                case "ADDED" -> jdbc.sql("DELETE FROM " + e.table() + " AS r WHERE r." + e.column()
                        + " = :to AND to_jsonb(r) @> CAST(:key AS jsonb)")
                        .param("to", to.value()).param("key", e.data()).update();
                default -> 0;
            };
            missed += n == 1 ? 0 : 1;
        }
        return missed;
    }

    private static void check(String identifier) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain identifier");
        }
    }

    static UUID uuid(PersonId id) {
        return id.value();
    }
}
