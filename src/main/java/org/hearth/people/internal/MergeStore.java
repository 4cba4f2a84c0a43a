package org.hearth.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.MergeId;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Merges and unmerges in {@code person_merge} and what they change of the person tables, SQL only: named
 * parameters, a mapper per row shape, no rule, no access check and no audit (those are {@link Merging}'s).
 */
@Component
class MergeStore {

    private static final String MERGES = """
            SELECT m.*, s.given_name || ' ' || s.family_name AS survivor_name,
                   p.given_name || ' ' || p.family_name AS merged_name,
                   bu.display_name AS by_name, uu.display_name AS unmerged_name
            FROM person_merge m
            JOIN person s ON s.id = m.survivor_id
            JOIN person p ON p.id = m.merged_id
            LEFT JOIN staff_user bu ON bu.id = m.merged_by
            LEFT JOIN staff_user uu ON uu.id = m.unmerged_by
            """;

    private final JdbcClient jdbc;

    MergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A merge as recorded: its two records and whether it has been undone. */
    record Recorded(PersonId survivor, PersonId merged, boolean undone) {
    }

    /** Locks both person rows (in key order, so two merges never deadlock); how many exist. */
    int lock(UUID[] key) {
        return jdbc.sql("SELECT id FROM person WHERE id IN (:a, :b) ORDER BY id FOR UPDATE").param("a", key[0])
                .param("b", key[1]).query(UUID.class).list().size();
    }

    /** How many of the two were merged away already. */
    int tombstones(UUID[] key) {
        return jdbc.sql("SELECT count(*) FROM person WHERE id IN (:a, :b) AND merged_into IS NOT NULL")
                .param("a", key[0]).param("b", key[1]).query(Integer.class).single();
    }

    boolean mergedAway(PersonId person) {
        return jdbc.sql("SELECT merged_into IS NOT NULL FROM person WHERE id = :id").param("id", person.value())
                .query(Boolean.class).single();
    }

    /** Records the merge, keeping the merged record's row as it is now. */
    void insert(MergeId id, PersonId survivor, PersonId merged, String reason, String forceReason,
            List<String> conflicts, UUID by) {
        jdbc.sql("""
                INSERT INTO person_merge (id, survivor_id, merged_id, reason, forced, force_reason, conflicts,
                    merged_before, merged_by)
                VALUES (:id, :survivor, :merged, :reason, :forced, :forceReason, string_to_array(:conflicts, chr(31)),
                    (SELECT to_jsonb(p) FROM person p WHERE p.id = :merged), :by)""")
                .param("id", id.value()).param("survivor", survivor.value()).param("merged", merged.value())
                .param("reason", reason).param("forced", forceReason != null).param("forceReason", forceReason)
                .param("conflicts", DuplicateFinder.textArray(conflicts)).param("by", by).update();
    }

    /** Lets append-only tables of other modules move a person column, for this transaction only. */
    void mergingOn() {
        jdbc.sql("SELECT set_config('hearth.person_merge', 'on', true)").query(String.class).single();
    }

    /** The merged record's name as another name of the survivor, unless it has it already; the alias rows added. */
    List<Long> aliasMergedName(PersonId survivor, PersonId merged) {
        return jdbc.sql("""
                INSERT INTO person_alias (person_id, given_name, family_name)
                SELECT s.id, m.given_name, m.family_name FROM person s, person m
                WHERE s.id = :s AND m.id = :m
                  AND (lower(s.given_name), lower(s.family_name)) <> (lower(m.given_name), lower(m.family_name))
                  AND NOT EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = s.id
                                  AND lower(coalesce(a.given_name, s.given_name)) = lower(m.given_name)
                                  AND lower(a.family_name) = lower(m.family_name))
                RETURNING id""").param("s", survivor.value()).param("m", merged.value()).query(Long.class).list();
    }

    /** The person's current addresses, latest first (the newest entry first on the same date). */
    List<MergeRules.Current> currentAddresses(PersonId person) {
        return jdbc.sql("""
                SELECT id, CASE WHEN in_refuge THEN 'refuge:' || lower(refuge_service)
                                ELSE lower(coalesce(line1, '')) || '|' || upper(replace(coalesce(postcode, ''), ' ', '')) END
                           AS place, from_date AS from
                FROM person_address WHERE person_id = :id AND to_date IS NULL
                ORDER BY from_date DESC NULLS LAST, created_at DESC, id""").param("id", person.value())
                .query(MergeRules.Current.class).list();
    }

    /** Deletes the address; its row as JSON, for the ledger. */
    String deleteAddress(UUID address) {
        return jdbc.sql("DELETE FROM person_address r WHERE r.id = :id RETURNING CAST(to_jsonb(r) AS text)")
                .param("id", address).query(String.class).single();
    }

    /** Adds a copy of the address row (JSON) ended on {@code ended} (today if null; never before it began). */
    void insertEndedCopy(UUID copy, String row, LocalDate ended) {
        jdbc.sql("""
                INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                    confidential, in_refuge, refuge_service, created_at)
                SELECT :copy, a.person_id, a.line1, a.line2, a.town, a.postcode, a.from_date,
                       greatest(coalesce(CAST(:ended AS date), current_date), coalesce(a.from_date, current_date)),
                       a.confidential, a.in_refuge, a.refuge_service, a.created_at
                FROM jsonb_populate_record(NULL::person_address, CAST(:row AS jsonb)) a""")
                .param("copy", copy).param("ended", ended).param("row", row).update();
    }

    /** Leaves the merged record as a tombstone pointing at the survivor, and the pair decided as merged. */
    void markMerged(MergeId id, UUID[] key, PersonId survivor, PersonId merged, String reason, UUID by) {
        jdbc.sql("UPDATE person SET merged_into = :s WHERE id = :m").param("s", survivor.value())
                .param("m", merged.value()).update();
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, decision,
                    decision_reason, decided_by, decided_at, merge_id)
                VALUES (:a, :b, 0, '{}', 'DOOR', 'MERGED', :reason, :by, now(), :merge)
                ON CONFLICT (person_a, person_b) DO UPDATE SET decision = 'MERGED', decision_reason = EXCLUDED.decision_reason,
                    decided_by = EXCLUDED.decided_by, decided_at = now(), merge_id = EXCLUDED.merge_id""")
                .param("a", key[0]).param("b", key[1]).param("reason", reason).param("by", by)
                .param("merge", id.value()).update();
    }

    /** The merge, locked until the transaction ends. */
    Optional<Recorded> lockMerge(MergeId merge) {
        return jdbc.sql("SELECT survivor_id, merged_id, unmerged_at FROM person_merge WHERE id = :id FOR UPDATE")
                .param("id", merge.value())
                .query((rs, n) -> new Recorded(new PersonId(rs.getObject("survivor_id", UUID.class)),
                        new PersonId(rs.getObject("merged_id", UUID.class)), rs.getTimestamp("unmerged_at") != null))
                .optional();
    }

    /** The merged record's row exactly as it was before the merge. */
    void restorePerson(MergeId merge, PersonId merged) {
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'person' AND column_name <> 'id'
                ORDER BY ordinal_position""").query(String.class).list();
        String list = String.join(", ", columns);
        jdbc.sql("UPDATE person AS p SET (" + list + ") = (SELECT " + list
                + " FROM jsonb_populate_record(NULL::person, (SELECT merged_before FROM person_merge WHERE id = :m)))"
                + " WHERE p.id = :id").param("m", merge.value()).param("id", merged.value()).update();
    }

    /** Records the unmerge, and puts the pair back on the list undecided. */
    void markUnmerged(MergeId merge, String reason, UUID by) {
        jdbc.sql("""
                UPDATE person_merge SET unmerged_by = :by, unmerged_at = clock_timestamp(), unmerge_reason = :reason
                WHERE id = :id""").param("by", by).param("reason", reason).param("id", merge.value()).update();
        jdbc.sql("""
                UPDATE person_duplicate SET decision = NULL, decision_reason = NULL, decided_by = NULL, decided_at = NULL,
                    merge_id = NULL WHERE merge_id = :id""").param("id", merge.value()).update();
    }

    Optional<PersonMerge> find(MergeId merge) {
        return jdbc.sql(MERGES + " WHERE m.id = :id").param("id", merge.value()).query((rs, n) -> merge(rs))
                .optional();
    }

    List<PersonMerge> mergesOf(PersonId person) {
        return jdbc.sql(MERGES + " WHERE m.survivor_id = :id OR m.merged_id = :id ORDER BY m.merged_at DESC")
                .param("id", person.value()).query((rs, n) -> merge(rs)).list();
    }

    private PersonMerge merge(ResultSet rs) throws SQLException {
        MergeId id = new MergeId(rs.getObject("id", UUID.class));
        Map<String, Integer> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT table_name, count(*) AS moved FROM person_merge_row WHERE merge_id = :id AND kind = 'MOVED'
                GROUP BY table_name ORDER BY table_name""").param("id", id.value())
                .query((r, n) -> rows.put(r.getString("table_name"), r.getInt("moved"))).list();
        return new PersonMerge(id, new PersonId(rs.getObject("survivor_id", UUID.class)), rs.getString("survivor_name"),
                new PersonId(rs.getObject("merged_id", UUID.class)), rs.getString("merged_name"),
                rs.getString("reason"), rs.getBoolean("forced"), rs.getString("force_reason"),
                DuplicateStore.strings(rs.getArray("conflicts")), rs.getString("by_name"),
                DuplicateStore.instant(rs.getTimestamp("merged_at")), rs.getString("unmerged_name"),
                DuplicateStore.instant(rs.getTimestamp("unmerged_at")), rs.getString("unmerge_reason"), rows);
    }
}
