package org.hearth.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.MergeId;
import org.hearth.people.MergeRefusedException;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerge;
import org.hearth.people.PersonMerges;
import org.hearth.people.PersonReferences;
import org.hearth.people.PersonsMerged;
import org.hearth.people.PersonsUnmerged;
import org.hearth.people.MatchBand;
import org.hearth.people.PossibleDuplicate;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.MatchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges and unmerges in PostgreSQL. A merge locks both person rows, refuses conflicting confirmed identities
 * unless forced with a reason, keeps the merged record's row as JSON, lets every {@link PersonReferences} move its
 * rows through one {@link JdbcMergeLedger}, adds the merged name as an alias of the survivor, and leaves the
 * merged record as a tombstone; all in one transaction. Logs ids only.
 */
@Service
@Transactional
class JdbcPersonMerges implements PersonMerges {

    private static final Logger log = LoggerFactory.getLogger(JdbcPersonMerges.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final List<PersonReferences> references;
    private final ApplicationEventPublisher events;
    private final DuplicateFinder finder;
    private final EngineMatcher matcher;

    JdbcPersonMerges(JdbcClient jdbc, AuditTrail audit, List<PersonReferences> references,
            ApplicationEventPublisher events, DuplicateFinder finder, EngineMatcher matcher) {
        this.matcher = matcher;
        this.jdbc = jdbc;
        this.audit = audit;
        this.references = references;
        this.events = events;
        this.finder = finder;
    }

    // ---- the work list

    private static final String PAIRS = """
            SELECT d.person_a, pa.given_name || ' ' || pa.family_name AS a_name,
                   d.person_b, pb.given_name || ' ' || pb.family_name AS b_name,
                   d.probability, d.reasons, d.source, d.found_at, d.cluster_id,
                   pa.date_of_birth AS a_dob, pb.date_of_birth AS b_dob
            FROM person_duplicate d
            JOIN person pa ON pa.id = d.person_a AND pa.merged_into IS NULL
            JOIN person pb ON pb.id = d.person_b AND pb.merged_into IS NULL
            """;

    /** The pairs chosen by {@code selected} (a query over {@link #PAIRS}), each with its group's open pairs counted. */
    private static String withGroups(String selected) {
        return "WITH page AS (" + selected + ") SELECT page.*, (SELECT count(*) FROM person_duplicate g"
                + " WHERE g.cluster_id = page.cluster_id AND g.decision IS NULL) AS group_pairs FROM page";
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(int offset, int limit) {
        requireHub();
        audit.record(AuditAction.SEARCH, "person-duplicate", List.of(), "possible duplicates from " + offset);
        return jdbc.sql(withGroups(PAIRS + " WHERE d.decision IS NULL"
                + " ORDER BY d.probability DESC, d.found_at, d.person_a, d.person_b OFFSET :offset LIMIT :limit")
                + " ORDER BY page.probability DESC, page.found_at, page.person_a, page.person_b")
                .param("offset", Math.max(0, offset)).param("limit", Math.max(1, Math.min(limit, 200)))
                .query(JdbcPersonMerges::pair).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long countPossibleDuplicates() {
        return jdbc.sql("""
                SELECT count(*) FROM person_duplicate d
                JOIN person pa ON pa.id = d.person_a AND pa.merged_into IS NULL
                JOIN person pb ON pb.id = d.person_b AND pb.merged_into IS NULL
                WHERE d.decision IS NULL""").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PossibleDuplicate> pair(PersonId a, PersonId b) {
        requireHub();
        UUID[] k = ordered(a, b);
        return jdbc.sql(withGroups(PAIRS.replace("AND pa.merged_into IS NULL", "").replace("AND pb.merged_into IS NULL", "")
                + " WHERE d.person_a = ? AND d.person_b = ?")).params(k[0], k[1]).query(JdbcPersonMerges::pair)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public int openPairsOf(PersonId person) {
        return jdbc.sql("""
                SELECT count(*) FROM person_duplicate d
                JOIN person pa ON pa.id = d.person_a AND pa.merged_into IS NULL
                JOIN person pb ON pb.id = d.person_b AND pb.merged_into IS NULL
                WHERE d.decision IS NULL AND (d.person_a = :id OR d.person_b = :id)""")
                .param("id", person.value()).query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> openPairsWith(PersonId person) {
        requireHub();
        return jdbc.sql(withGroups(PAIRS + " WHERE d.decision IS NULL AND (d.person_a = :id OR d.person_b = :id)"
                + " ORDER BY d.probability DESC LIMIT 20") + " ORDER BY page.probability DESC").param("id", person.value())
                .query(JdbcPersonMerges::pair).list();
    }

    private static PossibleDuplicate pair(ResultSet rs, int n) throws SQLException {
        long groupPairs = rs.getLong("group_pairs");
        return new PossibleDuplicate(new PersonId(rs.getObject("person_a", UUID.class)), rs.getString("a_name"),
                new PersonId(rs.getObject("person_b", UUID.class)), rs.getString("b_name"),
                rs.getDouble("probability"), strings(rs.getArray("reasons")).stream().map(MatchExplanation::withoutWeight).toList(),
                rs.getString("source"),
                (int) Math.max(2, groupPairs + 1), rs.getTimestamp("found_at").toInstant(),
                MatchBand.of(rs.getDouble("probability"), MatchEngine.datesOfBirth(rs.getString("a_dob"),
                        rs.getString("b_dob")) == Evidence.DIFFERENT));
    }

    @Override
    public void propose(PersonId a, PersonId b, double probability, List<String> reasons) {
        if (a.equals(b)) {
            return;
        }
        UUID[] k = ordered(a, b);
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source)
                VALUES (?, ?, ?, string_to_array(?, chr(31)), 'DOOR')
                ON CONFLICT (person_a, person_b) DO UPDATE SET
                    probability = greatest(person_duplicate.probability, EXCLUDED.probability),
                    reasons = CASE WHEN EXCLUDED.probability > person_duplicate.probability THEN EXCLUDED.reasons
                                   ELSE person_duplicate.reasons END,
                    refreshed_at = now()""")
                .params(k[0], k[1], Math.round(Math.max(0, Math.min(1, probability)) * 10_000) / 10_000.0,
                        DuplicateFinder.textArray(reasons))
                .update();
    }

    // ---- identities

    @Override
    @Transactional(readOnly = true)
    public List<String> conflicts(PersonId a, PersonId b) {
        record Identity(java.time.LocalDate dob, boolean confirmed) {
        }
        List<Identity> both = jdbc.sql("SELECT date_of_birth, date_of_birth_confirmed FROM person WHERE id IN (?, ?)")
                .params(a.value(), b.value())
                .query((rs, n) -> new Identity(rs.getObject(1, java.time.LocalDate.class), rs.getBoolean(2))).list();
        List<String> out = new ArrayList<>();
        if (both.size() == 2 && both.get(0).confirmed() && both.get(1).confirmed()
                && !Objects.equals(both.get(0).dob(), both.get(1).dob())) {
            out.add("Both records have a confirmed date of birth, and they are different");
        }
        return out;
    }

    @Override
    public void confirmDateOfBirth(PersonId person, boolean confirmed) {
        int n = jdbc.sql("UPDATE person SET date_of_birth_confirmed = ? WHERE id = ? AND merged_into IS NULL")
                .params(confirmed, person.value()).update();
        if (n == 0) {
            throw new NoSuchElementException("no such person");
        }
        audit.record(AuditAction.UPDATE, "person", List.of(person.toString()),
                confirmed ? "date of birth confirmed" : "date of birth no longer confirmed");
    }

    @Override
    @Transactional(readOnly = true)
    public boolean dateOfBirthConfirmed(PersonId person) {
        return jdbc.sql("SELECT date_of_birth_confirmed FROM person WHERE id = ?").param(person.value())
                .query(Boolean.class).optional().orElse(false);
    }

    // ---- decisions

    @Override
    public MergeId merge(PersonId survivor, PersonId merged, String reason, boolean force, String forceReason) {
        Actor me = requireHub();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason for the merge");
        }
        if (survivor.equals(merged)) {
            throw new MergeRefusedException("A record cannot be merged with itself", List.of());
        }
        UUID[] k = ordered(survivor, merged);
        List<UUID> locked = jdbc.sql("SELECT id FROM person WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
                .params(k[0], k[1]).query(UUID.class).list();
        if (locked.size() != 2) {
            throw new NoSuchElementException("no such person");
        }
        int tombstones = jdbc.sql("SELECT count(*) FROM person WHERE id IN (?, ?) AND merged_into IS NOT NULL")
                .params(k[0], k[1]).query(Integer.class).single();
        if (tombstones > 0) {
            throw new MergeRefusedException("One of these records has already been merged into another", List.of());
        }
        List<String> conflicts = conflicts(survivor, merged);
        boolean forced = false;
        if (!conflicts.isEmpty()) {
            if (!force || forceReason == null || forceReason.isBlank()) {
                throw new MergeRefusedException("These records have conflicting confirmed identities", conflicts);
            }
            forced = true;
        }
        MergeId id = MergeId.random();
        jdbc.sql("""
                INSERT INTO person_merge (id, survivor_id, merged_id, reason, forced, force_reason, conflicts,
                    merged_before, merged_by)
                VALUES (?, ?, ?, ?, ?, ?, string_to_array(?, chr(31)), (SELECT to_jsonb(p) FROM person p WHERE p.id = ?), ?)""")
                .params(id.value(), survivor.value(), merged.value(), reason.trim(), forced,
                        forced ? forceReason.trim() : null, DuplicateFinder.textArray(conflicts), merged.value(),
                        me.actorId())
                .update();
        mergingOn();
        JdbcMergeLedger ledger = new JdbcMergeLedger(jdbc, id, merged, survivor);
        for (PersonReferences r : references) {
            r.move(merged, survivor, ledger);
        }
        // the merged record's name becomes another name of the survivor, so it is still found by it
        jdbc.sql("""
                INSERT INTO person_alias (person_id, given_name, family_name)
                SELECT s.id, m.given_name, m.family_name FROM person s, person m
                WHERE s.id = :s AND m.id = :m
                  AND (lower(s.given_name), lower(s.family_name)) <> (lower(m.given_name), lower(m.family_name))
                  AND NOT EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = s.id
                                  AND lower(coalesce(a.given_name, s.given_name)) = lower(m.given_name)
                                  AND lower(a.family_name) = lower(m.family_name))
                RETURNING id""").param("s", survivor.value()).param("m", merged.value()).query(Long.class).list()
                .forEach(alias -> ledger.added("person_alias", "person_id", "{\"id\": " + alias + "}"));
        oneCurrentAddress(ledger, survivor);
        jdbc.sql("UPDATE person SET merged_into = ? WHERE id = ?").params(survivor.value(), merged.value()).update();
        jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, decision,
                    decision_reason, decided_by, decided_at, merge_id)
                VALUES (?, ?, 0, '{}', 'DOOR', 'MERGED', ?, ?, now(), ?)
                ON CONFLICT (person_a, person_b) DO UPDATE SET decision = 'MERGED', decision_reason = EXCLUDED.decision_reason,
                    decided_by = EXCLUDED.decided_by, decided_at = now(), merge_id = EXCLUDED.merge_id""")
                .params(k[0], k[1], reason.trim(), me.actorId(), id.value()).update();
        audit.record(AuditAction.UPDATE, "person", List.of(survivor.toString(), merged.toString(), id.toString()),
                "merged " + merged + " into " + survivor + ": " + reason.trim()
                        + (forced ? " (forced over conflicting identities: " + forceReason.trim() + ")" : ""));
        events.publishEvent(new PersonsMerged(id, survivor, merged));
        matcher.changed(survivor.value()); // the merged record leaves the index as this commits
        matcher.changed(merged.value());
        log.info("Person {} merged into {} (merge {})", merged, survivor, id);
        return id;
    }

    @Override
    public void unmerge(MergeId merge, String reason) {
        Actor me = requireHub();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason for the unmerge");
        }
        record Row(PersonId survivor, PersonId merged, boolean undone) {
        }
        Row m = jdbc.sql("SELECT survivor_id, merged_id, unmerged_at FROM person_merge WHERE id = ? FOR UPDATE")
                .param(merge.value())
                .query((rs, n) -> new Row(new PersonId(rs.getObject(1, UUID.class)),
                        new PersonId(rs.getObject(2, UUID.class)), rs.getTimestamp(3) != null))
                .optional().orElseThrow(() -> new NoSuchElementException("no such merge"));
        if (m.undone()) {
            throw new MergeRefusedException("This merge has already been undone", List.of());
        }
        UUID[] k = ordered(m.survivor(), m.merged());
        jdbc.sql("SELECT id FROM person WHERE id IN (?, ?) ORDER BY id FOR UPDATE").params(k[0], k[1])
                .query(UUID.class).list();
        boolean survivorMergedSince = jdbc.sql("SELECT merged_into IS NOT NULL FROM person WHERE id = ?")
                .param(m.survivor().value()).query(Boolean.class).single();
        if (survivorMergedSince) {
            throw new MergeRefusedException(
                    "The surviving record has since been merged into another: undo that merge first", List.of());
        }
        mergingOn();
        int missed = JdbcMergeLedger.restore(jdbc, merge, m.merged(), m.survivor());
        restorePerson(merge, m.merged());
        jdbc.sql("UPDATE person_merge SET unmerged_by = ?, unmerged_at = clock_timestamp(), unmerge_reason = ? WHERE id = ?")
                .params(me.actorId(), reason.trim(), merge.value()).update();
        // back on the list: the hub may now say they are not the same person
        jdbc.sql("""
                UPDATE person_duplicate SET decision = NULL, decision_reason = NULL, decided_by = NULL, decided_at = NULL,
                    merge_id = NULL WHERE merge_id = ?""").param(merge.value()).update();
        audit.record(AuditAction.UPDATE, "person",
                List.of(m.survivor().toString(), m.merged().toString(), merge.toString()),
                "unmerged " + m.merged() + " from " + m.survivor() + ": " + reason.trim());
        events.publishEvent(new PersonsUnmerged(merge, m.survivor(), m.merged()));
        matcher.changed(m.survivor().value()); // and comes back as this commits
        matcher.changed(m.merged().value());
        log.info("Merge {} undone ({} ledger rows changed since)", merge, missed);
    }

    /** The merged record's row exactly as it was before the merge. */
    private void restorePerson(MergeId merge, PersonId merged) {
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'person' AND column_name <> 'id'
                ORDER BY ordinal_position""").query(String.class).list();
        String list = String.join(", ", columns);
        jdbc.sql("UPDATE person AS p SET (" + list + ") = (SELECT " + list
                + " FROM jsonb_populate_record(NULL::person, (SELECT merged_before FROM person_merge WHERE id = :m)))"
                + " WHERE p.id = :id").param("m", merge.value()).param("id", merged.value()).update();
    }

    @Override
    public void notTheSamePerson(PersonId a, PersonId b, String reason) {
        Actor me = requireHub();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason they are not the same person");
        }
        if (a.equals(b)) {
            throw new MergeRefusedException("A record is always the same person as itself", List.of());
        }
        UUID[] k = ordered(a, b);
        int n = jdbc.sql("""
                INSERT INTO person_duplicate (person_a, person_b, probability, reasons, source, decision,
                    decision_reason, decided_by, decided_at)
                SELECT :a, :b, 0, '{}', 'DOOR', 'NOT_SAME', :reason, :by, now()
                WHERE (SELECT count(*) FROM person WHERE id IN (:a, :b)) = 2
                ON CONFLICT (person_a, person_b) DO UPDATE SET decision = 'NOT_SAME',
                    decision_reason = EXCLUDED.decision_reason, decided_by = EXCLUDED.decided_by, decided_at = now(),
                    merge_id = NULL""")
                .param("a", k[0]).param("b", k[1]).param("reason", reason.trim()).param("by", me.actorId()).update();
        if (n == 0) {
            throw new NoSuchElementException("no such person");
        }
        audit.record(AuditAction.UPDATE, "person-duplicate", List.of(k[0].toString(), k[1].toString()),
                "not the same person: " + reason.trim());
    }

    // ---- history

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

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonMerge> find(MergeId merge) {
        requireHub();
        Optional<PersonMerge> found = jdbc.sql(MERGES + " WHERE m.id = ?").param(merge.value())
                .query((rs, n) -> merge(rs)).optional();
        found.ifPresent(m -> audit.record(AuditAction.READ, "person-merge",
                List.of(merge.toString(), m.survivor().toString(), m.merged().toString()), null));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonMerge> mergesOf(PersonId person) {
        return jdbc.sql(MERGES + " WHERE m.survivor_id = :id OR m.merged_id = :id ORDER BY m.merged_at DESC")
                .param("id", person.value()).query((rs, n) -> merge(rs)).list();
    }

    private PersonMerge merge(ResultSet rs) throws SQLException {
        MergeId id = new MergeId(rs.getObject("id", UUID.class));
        Map<String, Integer> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT table_name, count(*) FROM person_merge_row WHERE merge_id = ? AND kind = 'MOVED'
                GROUP BY table_name ORDER BY table_name""").param(id.value())
                .query((r, n) -> rows.put(r.getString(1), r.getInt(2))).list();
        return new PersonMerge(id, new PersonId(rs.getObject("survivor_id", UUID.class)), rs.getString("survivor_name"),
                new PersonId(rs.getObject("merged_id", UUID.class)), rs.getString("merged_name"),
                rs.getString("reason"), rs.getBoolean("forced"), rs.getString("force_reason"),
                strings(rs.getArray("conflicts")), rs.getString("by_name"), instant(rs.getTimestamp("merged_at")),
                rs.getString("unmerged_name"), instant(rs.getTimestamp("unmerged_at")), rs.getString("unmerge_reason"),
                rows);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonId> survivorOf(PersonId person) {
        UUID current = person.value();
        boolean moved = false;
        for (int i = 0; i < 50; i++) {
            UUID next = jdbc.sql("SELECT merged_into FROM person WHERE id = ?").param(current).query(UUID.class)
                    .optional().orElse(null);
            if (next == null) {
                break;
            }
            current = next;
            moved = true;
        }
        return moved ? Optional.of(new PersonId(current)) : Optional.empty();
    }

    // ---- batch runs

    @Override
    public boolean findDuplicates() {
        requireHub();
        boolean started = finder.start(Actor.current().map(Actor::actorId).orElse(null));
        audit.record(AuditAction.SEARCH, "person-duplicate", List.of(), started ? "batch run started" : "batch run already running");
        return started;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DuplicateRun> lastRun() {
        return jdbc.sql("SELECT * FROM person_duplicate_run ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new DuplicateRun(rs.getLong("id"), instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("finished_at")), rs.getString("status"),
                        (Integer) rs.getObject("persons"), (Integer) rs.getObject("pairs")))
                .optional();
    }

    // ---- helpers

    /** Lets append-only tables of other modules move a person column, for this transaction only. */
    private void mergingOn() {
        jdbc.sql("SELECT set_config('hearth.person_merge', 'on', true)").query(String.class).single();
    }

    private static Actor requireHub() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!me.hasRole(Role.HUB_COORDINATOR)) {
            throw new AccessDeniedException("Only hub coordinators decide about possible duplicates");
        }
        return me;
    }

    static UUID[] ordered(PersonId a, PersonId b) {
        // PostgreSQL orders uuids byte by byte, as their lower-case text sorts (UUID.compareTo is signed)
        return a.value().toString().compareTo(b.value().toString()) <= 0 ? new UUID[] {a.value(), b.value()}
                : new UUID[] {b.value(), a.value()};
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * Two records of one person each have a current address; after the merge one stays current (the latest, the
     * newest entry on the same date) and the others go into the history, ended the day the kept one began (or
     * today). The same address given twice is kept once. In the ledger each other address is removed whole and,
     * unless it repeated the kept one, an ended copy added, so an unmerge puts back exactly what there was.
     */
    private void oneCurrentAddress(JdbcMergeLedger ledger, PersonId survivor) {
        record Current(UUID id, String place, java.time.LocalDate from) {
        }
        List<Current> current = jdbc.sql("""
                SELECT id, CASE WHEN in_refuge THEN 'refuge:' || lower(refuge_service)
                                ELSE lower(coalesce(line1, '')) || '|' || upper(replace(coalesce(postcode, ''), ' ', '')) END
                           AS place, from_date
                FROM person_address WHERE person_id = ? AND to_date IS NULL
                ORDER BY from_date DESC NULLS LAST, created_at DESC, id""").param(survivor.value())
                .query((rs, n) -> new Current(rs.getObject("id", UUID.class), rs.getString("place"),
                        rs.getObject("from_date", java.time.LocalDate.class)))
                .list();
        if (current.size() < 2) {
            return;
        }
        Current kept = current.get(0);
        for (Current other : current.subList(1, current.size())) {
            String row = jdbc.sql("DELETE FROM person_address r WHERE r.id = ? RETURNING CAST(to_jsonb(r) AS text)")
                    .param(other.id()).query(String.class).single();
            ledger.removed("person_address", "person_id", row);
            if (!other.place().equals(kept.place())) {
                UUID copy = UUID.randomUUID();
                jdbc.sql("""
                        INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                            confidential, in_refuge, refuge_service, created_at)
                        SELECT :copy, a.person_id, a.line1, a.line2, a.town, a.postcode, a.from_date,
                               greatest(coalesce(CAST(:ended AS date), current_date), coalesce(a.from_date, current_date)),
                               a.confidential, a.in_refuge, a.refuge_service, a.created_at
                        FROM jsonb_populate_record(NULL::person_address, CAST(:row AS jsonb)) a""")
                        .param("copy", copy).param("ended", kept.from()).param("row", row).update();
                ledger.added("person_address", "person_id", "{\"id\": \"" + copy + "\"}");
            }
        }
    }
}
