package org.hearth.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.MatchBand;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges.DuplicateRun;
import org.hearth.people.PossibleDuplicate;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.MatchEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Possible duplicates in {@code person_duplicate}, confirmed dates of birth and batch runs, SQL only: named
 * parameters, a mapper per row shape, no access check and no audit (those are {@link JdbcPersonMerges}'). A pair
 * is keyed by {@link MergeRules#ordered}.
 */
@Component
class DuplicateStore {

    private static final String PAIRS = """
            SELECT d.person_a, pa.given_name || ' ' || pa.family_name AS a_name,
                   d.person_b, pb.given_name || ' ' || pb.family_name AS b_name,
                   d.probability, d.reasons, d.source, d.found_at, d.cluster_id,
                   pa.date_of_birth AS a_dob, pb.date_of_birth AS b_dob
            FROM person_duplicate d
            JOIN person pa ON pa.id = d.person_a %s
            JOIN person pb ON pb.id = d.person_b %s
            """;

    /** Pairs of two records neither merged away. */
    private static final String OPEN_PAIRS = PAIRS.formatted("AND pa.merged_into IS NULL", "AND pb.merged_into IS NULL");

    private final JdbcClient jdbc;

    DuplicateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pairs chosen by {@code selected} (a query over {@link #PAIRS}), each with its group's open pairs counted. */
    private static String withGroups(String selected) {
        return "WITH page AS (" + selected + ") SELECT page.*, (SELECT count(*) FROM person_duplicate g"
                + " WHERE g.cluster_id = page.cluster_id AND g.decision IS NULL) AS group_pairs FROM page";
    }

    List<PossibleDuplicate> page(int offset, int limit) {
        return jdbc.sql(withGroups(OPEN_PAIRS + " WHERE d.decision IS NULL"
                + " ORDER BY d.probability DESC, d.found_at, d.person_a, d.person_b OFFSET :offset LIMIT :limit")
                + " ORDER BY page.probability DESC, page.found_at, page.person_a, page.person_b")
                .param("offset", offset).param("limit", limit).query(DuplicateStore::pair).list();
    }

    /**
     * The open pairs of two records neither merged away ({@link #OPEN_PAIRS}, counted). Asked the other way round,
     * as "no record of the pair is among those merged away" (the pair's persons always exist: foreign keys): a hash
     * of the few merged-away ids (the partial index {@code person_merged_into}) instead of two look-ups in the whole
     * person table a pair, which at 5 million persons read about 2,400 pages for 318 pairs (about a second cold).
     */
    long countOpen() {
        return jdbc.sql("""
                SELECT count(*) FROM person_duplicate d
                WHERE d.decision IS NULL
                  AND NOT EXISTS (SELECT 1 FROM person m WHERE m.merged_into IS NOT NULL AND m.id = d.person_a)
                  AND NOT EXISTS (SELECT 1 FROM person m WHERE m.merged_into IS NOT NULL AND m.id = d.person_b)""")
                .query(Long.class).single();
    }

    /** The pair, decided or not, merged away or not. */
    Optional<PossibleDuplicate> pair(UUID[] key) {
        return jdbc.sql(withGroups(PAIRS.formatted("", "") + " WHERE d.person_a = :a AND d.person_b = :b"))
                .param("a", key[0]).param("b", key[1]).query(DuplicateStore::pair).optional();
    }

    int countOpenOf(PersonId person) {
        return jdbc.sql("""
                SELECT count(*) FROM person_duplicate d
                JOIN person pa ON pa.id = d.person_a AND pa.merged_into IS NULL
                JOIN person pb ON pb.id = d.person_b AND pb.merged_into IS NULL
                WHERE d.decision IS NULL AND (d.person_a = :id OR d.person_b = :id)""")
                .param("id", person.value()).query(Integer.class).single();
    }

    List<PossibleDuplicate> openWith(PersonId person) {
        return jdbc.sql(withGroups(OPEN_PAIRS + " WHERE d.decision IS NULL AND (d.person_a = :id OR d.person_b = :id)"
                + " ORDER BY d.probability DESC LIMIT 20") + " ORDER BY page.probability DESC")
                .param("id", person.value()).query(DuplicateStore::pair).list();
    }

    /** Leaves the pair from a door, keeping the higher probability (and its reasons) and any decision made. */
    /**
     * Leaves the pairs for the hub in one statement, keeping any decision made; {@code pairs} as
     * {@link MergeRules#proposed} gives them (each pair once).
     */
    void proposeAll(List<MergeRules.Proposed> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source)
                SELECT t.a, t.b, CAST(t.p AS numeric), string_to_array(t.x, chr(31)), 'DOOR'
                FROM unnest(CAST(:a AS uuid[]), CAST(:b AS uuid[]), CAST(:p AS text[]), CAST(:x AS text[]))
                    AS t(a, b, p, x)
                ON CONFLICT (person_a, person_b) DO UPDATE SET
                    probability = greatest(person_duplicate.probability, EXCLUDED.probability),
                    reasons = CASE WHEN EXCLUDED.probability > person_duplicate.probability THEN EXCLUDED.reasons
                                   ELSE person_duplicate.reasons END,
                    refreshed_at = now()""")
                .param("a", pairs.stream().map(MergeRules.Proposed::a).toArray(UUID[]::new))
                .param("b", pairs.stream().map(MergeRules.Proposed::b).toArray(UUID[]::new))
                .param("p", pairs.stream().map(p -> String.valueOf(p.probability())).toArray(String[]::new))
                .param("x", pairs.stream().map(p -> DuplicateFinder.textArray(p.reasons())).toArray(String[]::new))
                .update();
    }

    /** Records that the pair is not one person; false when either record does not exist. */
    boolean notTheSame(UUID[] key, String reason, UUID by) {
        return jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, decision,
                    decision_reason, decided_by, decided_at)
                SELECT :a, :b, 0, '{}', 'DOOR', 'NOT_SAME', :reason, :by, now()
                WHERE (SELECT count(*) FROM person WHERE id IN (:a, :b)) = 2
                ON CONFLICT (person_a, person_b) DO UPDATE SET decision = 'NOT_SAME',
                    decision_reason = EXCLUDED.decision_reason, decided_by = EXCLUDED.decided_by, decided_at = now(),
                    merge_id = NULL""")
                .param("a", key[0]).param("b", key[1]).param("reason", reason).param("by", by).update() > 0;
    }

    List<MergeRules.Identity> identities(PersonId a, PersonId b) {
        return jdbc.sql("""
                SELECT date_of_birth, date_of_birth_confirmed AS confirmed FROM person WHERE id IN (:a, :b)""")
                .param("a", a.value()).param("b", b.value()).query(MergeRules.Identity.class).list();
    }

    /** Whether the record (not merged away) was found. */
    boolean confirmDateOfBirth(PersonId person, boolean confirmed) {
        return jdbc.sql("UPDATE person SET date_of_birth_confirmed = :confirmed WHERE id = :id AND merged_into IS NULL")
                .param("confirmed", confirmed).param("id", person.value()).update() > 0;
    }

    boolean dateOfBirthConfirmed(PersonId person) {
        return jdbc.sql("SELECT date_of_birth_confirmed FROM person WHERE id = :id").param("id", person.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** The record this one was merged into, if any (one step). */
    Optional<UUID> mergedInto(UUID person) {
        return jdbc.sql("SELECT merged_into FROM person WHERE id = :id").param("id", person).query(UUID.class)
                .optional();
    }

    Optional<DuplicateRun> lastRun() {
        return jdbc.sql("SELECT * FROM person_duplicate_run ORDER BY id DESC LIMIT 1")
                .query(DuplicateRun.class).optional();
    }

    private static PossibleDuplicate pair(ResultSet rs, int n) throws SQLException {
        return new PossibleDuplicate(new PersonId(rs.getObject("person_a", UUID.class)), rs.getString("a_name"),
                new PersonId(rs.getObject("person_b", UUID.class)), rs.getString("b_name"),
                rs.getDouble("probability"),
                strings(rs.getArray("reasons")).stream().map(MatchExplanation::withoutWeight).toList(),
                rs.getString("source"), MergeRules.groupSize(rs.getLong("group_pairs")),
                rs.getTimestamp("found_at").toInstant(),
                MatchBand.of(rs.getDouble("probability"), MatchEngine.datesOfBirth(rs.getString("a_dob"),
                        rs.getString("b_dob")) == Evidence.DIFFERENT));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
