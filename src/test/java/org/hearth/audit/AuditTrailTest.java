package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail is append-only, chained, and verification finds any edit made behind the application's back. */
@HearthIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void recordsWhoWhatAndWhyAndChainsEachEntryToTheLast() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.READ, "person", List.of(id), "safeguarding check");

        List<AuditEntry> found = trail.search(new AuditQuery(null, null, "person", id, null, null), 0, 10);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.recordIds()).containsExactly(id);
            assertThat(e.reason()).isEqualTo("safeguarding check");
            assertThat(e.actorName()).isEqualTo("anonymous");
            assertThat(e.sourceAddress()).isEqualTo("system");
            assertThat(e.hash()).hasSize(64).isNotEqualTo(e.prevHash());
        });
        AuditEntry previous = trail.search(new AuditQuery(null, null, null, null, null, null), 1, 1).get(0);
        assertThat(found.get(0).prevHash()).isEqualTo(previous.hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void entriesOfATransactionAreAppendedWhenItCommitsAndNotAtAllWhenItRollsBack() {
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.record(AuditAction.CREATE, "person", List.of(kept), null);
            trail.record(AuditAction.UPDATE, "person", List.of(kept), "address added");
            assertThat(count(kept)).as("nothing appended before the commit").isZero();
        });
        assertThat(jdbc.sql("SELECT seq FROM audit_event WHERE ? = ANY(record_ids) ORDER BY seq").param(kept)
                .query(Long.class).list()).hasSize(2).satisfies(seqs -> assertThat(seqs.get(1)).isEqualTo(seqs.get(0) + 1));

        try {
            tx.executeWithoutResult(s -> {
                trail.record(AuditAction.CREATE, "person", List.of(dropped), null);
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and its entry are both gone
        }
        assertThat(count(dropped)).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    private int count(String recordId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids)").param(recordId)
                .query(Integer.class).single();
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        trail.record(AuditAction.READ, "person", UUID.randomUUID());
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verificationFindsAnEditedRow() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.READ, "person", List.of(id), null);
        trail.record(AuditAction.UPDATE, "person", List.of(id), null);
        long seq = jdbc.sql("SELECT min(seq) FROM audit_event WHERE ? = ANY(record_ids)").param(id)
                .query(Long.class).single();
        assertThat(trail.verify().intact()).isTrue();

        // a database administrator bypasses the trigger and rewrites who read the record
        try {
            tamper("UPDATE audit_event SET actor_name = 'nobody' WHERE seq = " + seq);
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).contains("changed");
        } finally {
            tamper("UPDATE audit_event SET actor_name = 'anonymous' WHERE seq = " + seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verificationFindsADeletedRow() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.READ, "person", List.of(id), null);
        trail.record(AuditAction.READ, "person", List.of(id), null);
        var row = jdbc.sql("SELECT * FROM audit_event WHERE ? = ANY(record_ids) ORDER BY seq LIMIT 1").param(id)
                .query().singleRow();
        long seq = (Long) row.get("seq");
        try {
            tamper("DELETE FROM audit_event WHERE seq = " + seq);
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("missing");
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.sql("SET LOCAL session_replication_role = replica").update();
                jdbc.sql("""
                        INSERT INTO audit_event (seq, occurred_at, actor_id, actor_name, action, record_type, record_ids,
                                                 reason, source_address, prev_hash, hash)
                        SELECT :seq, :at, :actor, :name, :action, :type, ARRAY[:id]::text[], :reason, :source, :prev, :hash""")
                        .param("seq", seq).param("at", row.get("occurred_at")).param("actor", row.get("actor_id"))
                        .param("name", row.get("actor_name")).param("action", row.get("action"))
                        .param("type", row.get("record_type")).param("id", id).param("reason", row.get("reason"))
                        .param("source", row.get("source_address")).param("prev", row.get("prev_hash"))
                        .param("hash", row.get("hash")).update();
            });
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                writes.add(pool.submit(() -> trail.record(AuditAction.READ, "person", UUID.randomUUID())));
            }
            for (Future<?> w : writes) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditVerification result = trail.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(200);
    }

    private void tamper(String sql) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }
}
