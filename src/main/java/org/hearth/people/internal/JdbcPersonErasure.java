package org.hearth.people.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonDataHolder;
import org.hearth.people.PersonErasure;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRetention;
import org.hearth.platform.ErasureLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erasure of a person: every module's {@link PersonDataHolder} in turn, then people's own rows (aliases, addresses,
 * safe contact, relationships both ways, grants, allocation requests, break-glass openings, possible duplicates,
 * merges with their ledgers, and the person row), the Spring Modulith event log's entries naming the person, a
 * tombstone, an audit entry with the id only, and the person out of the in-memory index when it commits. A record
 * merged into the person (its rows now the survivor's) is erased with it. Just before the commit the erasure is
 * appended to the {@link ErasureLedger} outside the database (ids and dates), so that a restore cannot undo it
 * ({@link ErasureReplay}); if it cannot be recorded there, nothing is erased.
 */
@Service
@Transactional
class JdbcPersonErasure implements PersonErasure {

    private static final Logger log = LoggerFactory.getLogger(JdbcPersonErasure.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final List<PersonDataHolder> holders;
    private final EngineMatcher index;
    private final ErasureLedger ledger;
    private final PersonRetentionFacts facts;

    JdbcPersonErasure(JdbcClient jdbc, AuditTrail audit, List<PersonDataHolder> holders, EngineMatcher index,
            ErasureLedger ledger, PersonRetentionFacts facts) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.holders = holders;
        this.index = index;
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonRetention> retentionFacts(LocalDate involvedBy) {
        return facts.involvedBy(involvedBy);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonRetention> retentionFacts(PersonId person) {
        return facts.of(person).stream().findFirst();
    }

    @Override
    public Tombstone erase(PersonId person, String rule, UUID approvedBy) {
        if (rule == null || rule.isBlank() || approvedBy == null) {
            throw new IllegalArgumentException("an erasure needs its rule and who approved it");
        }
        boolean live = jdbc.sql("SELECT true FROM person WHERE id = ? AND merged_into IS NULL FOR UPDATE")
                .param(person.value()).query(Boolean.class).optional().orElse(false);
        if (!live) {
            throw new NoSuchElementException("no such person");
        }
        // the person and every record merged into them, directly or through another
        List<UUID> ids = jdbc.sql("""
                WITH RECURSIVE m(id) AS (SELECT CAST(? AS uuid) UNION SELECT p.id FROM person p JOIN m ON p.merged_into = m.id)
                SELECT id FROM m""").param(person.value()).query(UUID.class).list();
        jdbc.sql("SELECT set_config('hearth.person_erasure', 'on', true)").query(String.class).single();
        // merged-away records first, so that nothing of theirs points at the survivor as it goes
        List<UUID> order = new ArrayList<>(ids);
        order.remove(person.value());
        order.add(person.value());
        for (UUID id : order) {
            for (PersonDataHolder h : holders) {
                h.erase(new PersonId(id));
            }
        }
        UUID[] all = ids.toArray(UUID[]::new);
        erasePeopleRows(all);
        Timestamp at = jdbc.sql("""
                INSERT INTO person_tombstone (person_id, rule, approved_by) VALUES (?, ?, ?) RETURNING erased_at""")
                .params(person.value(), rule.trim(), approvedBy).query(Timestamp.class).single();
        for (UUID id : ids) {
            if (!id.equals(person.value())) {
                jdbc.sql("INSERT INTO person_tombstone (person_id, rule, approved_by) VALUES (?, ?, ?)")
                        .params(id, rule.trim(), approvedBy).update();
            }
        }
        audit.record(AuditAction.DELETE, "person", ids.stream().map(UUID::toString).toList(),
                "erased under retention rule " + rule.trim());
        index.erased(ids);
        List<UUID> recorded = new ArrayList<>(List.of(person.value()));
        ids.stream().filter(id -> !id.equals(person.value())).forEach(recorded::add);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // the last thing before the commit: a failure here rolls the erasure back
                ledger.append(at.toInstant(), person.value(), recorded, approvedBy);
            }
        });
        log.info("Person {} erased ({} records) under rule {}", person, ids.size(), rule.trim());
        return new Tombstone(person, at.toInstant(), rule.trim(), approvedBy);
    }

    private void erasePeopleRows(UUID[] ids) {
        jdbc.sql("DELETE FROM person_alias WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM person_address WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM safe_contact WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM person_correction WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM person_relationship WHERE person_id = ANY (?) OR related_id = ANY (?)")
                .params(ids, ids).update();
        jdbc.sql("DELETE FROM break_glass WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM person_access_grant WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM allocation_request WHERE person_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM person_duplicate WHERE person_a = ANY (?) OR person_b = ANY (?)").params(ids, ids).update();
        jdbc.sql("UPDATE person_duplicate SET cluster_id = NULL WHERE cluster_id = ANY (?)").param(ids).update();
        // the merges of these records (their ledgers hold their rows), and any other ledger row naming one of them
        // (an unmerge of that other merge then cannot bring back a row about an erased person)
        jdbc.sql("""
                DELETE FROM person_merge_row WHERE merge_id IN
                    (SELECT id FROM person_merge WHERE survivor_id = ANY (:ids) OR merged_id = ANY (:ids))""")
                .param("ids", ids).update();
        for (UUID id : ids) {
            jdbc.sql("DELETE FROM person_merge_row WHERE row_data::text LIKE ?").param("%" + id + "%").update();
        }
        jdbc.sql("UPDATE person_duplicate SET merge_id = NULL WHERE merge_id IN "
                + "(SELECT id FROM person_merge WHERE survivor_id = ANY (:ids) OR merged_id = ANY (:ids))")
                .param("ids", ids).update();
        jdbc.sql("DELETE FROM person_merge WHERE survivor_id = ANY (:ids) OR merged_id = ANY (:ids)")
                .param("ids", ids).update();
        // Spring Modulith's log of published events (PersonsMerged, ReferralReceived... carry person ids)
        for (UUID id : ids) {
            jdbc.sql("DELETE FROM event_publication WHERE serialized_event LIKE ?").param("%" + id + "%").update();
        }
        jdbc.sql("UPDATE person SET merged_into = NULL WHERE id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM person WHERE id = ANY (?)").param(ids).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tombstone> tombstone(PersonId person) {
        return jdbc.sql("SELECT person_id, erased_at, rule, approved_by FROM person_tombstone WHERE person_id = ?")
                .param(person.value()).query((rs, n) -> tombstone(rs)).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public long erasedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM person_tombstone "
                + "WHERE (erased_at AT TIME ZONE 'Europe/London')::date BETWEEN ? AND ?").params(from, to)
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Tombstone> tombstones(int limit) {
        return jdbc.sql("""
                SELECT person_id, erased_at, rule, approved_by FROM person_tombstone
                ORDER BY erased_at DESC, person_id LIMIT ?""").param(limit).query((rs, n) -> tombstone(rs)).list();
    }

    private static Tombstone tombstone(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Tombstone(new PersonId(rs.getObject(1, UUID.class)),
                rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getObject(4, UUID.class));
    }
}
