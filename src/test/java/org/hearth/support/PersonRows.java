package org.hearth.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row about some persons, in every table, as JSON text: the {@code person} rows, every row of every table with
 * a foreign key to {@code person} naming one of them (found in the catalogue, so a new module's table is included
 * without anyone remembering to list it), and the merge ledger of their merges. Two equal snapshots mean equal rows,
 * column by column. Used by the merge atomicity test and the {@code kill -9} harness (bench/faults).
 */
public final class PersonRows {

    private PersonRows() {
    }

    /** Each table holding a foreign key to {@code person}, with the columns holding it. */
    public static Map<String, List<String>> tables(JdbcClient jdbc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("person", new ArrayList<>(List.of("id")));
        jdbc.sql("""
                SELECT c.conrelid::regclass::text AS t, a.attname AS col
                FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass
                ORDER BY 1, 2""").query((rs, n) -> out.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                .add(rs.getString(2))).list();
        return out;
    }

    /** The rows, table by table, each sorted. */
    public static Map<String, List<String>> snapshot(JdbcClient jdbc, Collection<UUID> ids) {
        Map<String, List<String>> out = new TreeMap<>();
        tables(jdbc).forEach((table, columns) -> {
            String where = String.join(" OR ", columns.stream().map(c -> "t." + c + " IN (:ids)").toList());
            out.put(table, jdbc.sql("SELECT CAST(to_jsonb(t) AS text) FROM " + table + " t WHERE " + where
                    + " ORDER BY 1").param("ids", List.copyOf(ids)).query(String.class).list());
        });
        out.put("person_merge_row", jdbc.sql("""
                SELECT CAST(to_jsonb(r) AS text) FROM person_merge_row r WHERE r.merge_id IN (
                    SELECT id FROM person_merge WHERE survivor_id IN (:ids) OR merged_id IN (:ids)) ORDER BY 1""")
                .param("ids", List.copyOf(ids)).query(String.class).list());
        return out;
    }

    /** How many rows a snapshot holds. */
    public static int count(Map<String, List<String>> snapshot) {
        return snapshot.values().stream().mapToInt(List::size).sum();
    }

    /** The tables whose rows differ between two snapshots (empty: equal). */
    public static List<String> differences(Map<String, List<String>> a, Map<String, List<String>> b) {
        List<String> out = new ArrayList<>();
        for (String table : new java.util.TreeSet<>(union(a.keySet(), b.keySet()))) {
            if (!a.getOrDefault(table, List.of()).equals(b.getOrDefault(table, List.of()))) {
                out.add(table);
            }
        }
        return out;
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
