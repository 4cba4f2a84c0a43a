package org.hearth.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditVerification;
import org.hearth.platform.TestSuperuser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Entries from before the chain was keyed (V4, plain SHA-256) are checked the old way, and the first keyed entry
 * and the checkpoints protect them from then on. Runs on a copy of the audit tables in a schema of its own.
 */
@HearthIntegrationTest
class LegacySegmentTest {

    private static final byte[] CHAIN_KEY = "chain-key-for-this-test-only-32b".getBytes();
    private static final byte[] CHECKPOINT_KEY = "checkpoint-key-for-this-test-32b".getBytes();

    @TempDir
    Path dir;
    Connection connection;
    JdbcTemplate db;
    Checkpoints checkpoints;

    @BeforeEach
    void legacyThenKeyed() throws Exception {
        connection = TestSuperuser.dataSource().getConnection();
        db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        db.execute("DROP SCHEMA IF EXISTS legacy_check CASCADE");
        db.execute("CREATE SCHEMA legacy_check");
        db.execute("SET search_path = legacy_check");
        db.execute("CREATE TABLE audit_event (LIKE public.audit_event INCLUDING DEFAULTS)");
        db.execute("CREATE TABLE audit_chain (LIKE public.audit_chain)");
        db.execute("CREATE TABLE audit_pending (LIKE public.audit_pending)");
        db.execute("CREATE TABLE audit_chain_legacy (LIKE public.audit_chain_legacy)");
        checkpoints = new Checkpoints(dir.resolve("audit-checkpoints"), CHECKPOINT_KEY);
        String prev = ChainHash.GENESIS;
        for (long seq = 1; seq <= 5; seq++) {
            AuditEntry e = entry(seq, "entry " + seq, prev);
            String hash = seq <= 3 ? ChainHash.legacy(e) : ChainHash.keyed(e, CHAIN_KEY);
            insert(e, hash);
            prev = hash;
            if (seq == 3) {
                db.update("INSERT INTO audit_chain_legacy VALUES (1, 3, ?)", hash);
            }
        }
        checkpoints.append(5, prev, 3);
    }

    @AfterEach
    void dropCopy() throws Exception {
        db.execute("DROP SCHEMA legacy_check CASCADE");
        connection.close();
    }

    @Test
    void theLegacySegmentVerifiesAndIsThenProtectedByTheKeyedEntryAfterIt() {
        assertThat(verify().intact()).isTrue();
        assertThat(verify().entriesChecked()).isEqualTo(5);

        // a superuser rewrites a legacy entry and recomputes the legacy SHA-256 chain to its end
        recomputeLegacy(2, 3, "changed");
        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).as("the first keyed entry no longer links to the legacy head").isEqualTo(4);
        assertThat(result.problem()).contains("does not link");
    }

    @Test
    void movingTheEndOfTheLegacySegmentIsFound() {
        // make every entry "legacy" and recompute them all with SHA-256, no key needed
        db.update("UPDATE audit_chain_legacy SET last_seq = 5");
        recomputeLegacy(4, 5, null);
        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("legacy segment was moved");
    }

    private AuditVerification verify() {
        return new ChainVerifier(db, new AuditKeys(CHAIN_KEY, CHECKPOINT_KEY), checkpoints).verify();
    }

    /** From {@code from} to {@code to}: optionally a new reason for {@code from}, and SHA-256 hashes throughout. */
    private void recomputeLegacy(long from, long to, String reason) {
        String prev = db.queryForObject("SELECT prev_hash FROM audit_chain WHERE seq = ?", String.class, from);
        List<AuditEntry> tail = db.query("SELECT e.*, c.seq, c.prev_hash, c.hash FROM audit_chain c JOIN audit_event e "
                + "ON e.id = c.event_id WHERE c.seq BETWEEN ? AND ? ORDER BY c.seq", (rs, i) -> AuditSearch.map(rs),
                from, to);
        for (AuditEntry e : tail) {
            AuditEntry changed = new AuditEntry(e.id(), e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(),
                    e.recordType(), e.recordIds(), reason != null && e.seq() == from ? reason : e.reason(),
                    e.sourceAddress(), prev, null);
            String hash = ChainHash.legacy(changed);
            db.update("UPDATE audit_event SET reason = ? WHERE id = ?", changed.reason(), e.id());
            db.update("UPDATE audit_chain SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, e.seq());
            if (e.seq() == 3) {
                db.update("UPDATE audit_chain_legacy SET last_hash = ?", hash);
            }
            prev = hash;
        }
    }

    private static AuditEntry entry(long seq, String reason, String prev) {
        return new AuditEntry(seq, seq, Instant.parse("2026-01-01T09:00:00Z").plus(seq, ChronoUnit.MINUTES), null,
                "someone", AuditAction.READ, "person", Arrays.asList("p-" + seq), reason, "127.0.0.1", prev, null);
    }

    private void insert(AuditEntry e, String hash) {
        db.update("""
                INSERT INTO audit_event (id, occurred_at, actor_name, action, record_type, record_ids, reason,
                                         source_address)
                VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?)""", e.seq(), java.sql.Timestamp.from(e.occurredAt()),
                e.actorName(), e.action().name(), e.recordType(), "{" + String.join(",", e.recordIds()) + "}",
                e.reason(), e.sourceAddress());
        // the entry with id n has place n in this copy
        db.update("INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (?, ?, ?, ?)", e.seq(), e.seq(),
                e.prevHash(), hash);
    }
}
