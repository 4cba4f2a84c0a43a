package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.audit.internal.TestAccess;
import org.hearth.platform.TestSuperuser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is append-only for the application, keyed and anchored outside the database, so verification finds
 * an edit or a deletion made behind the application's back, even by a database superuser who recomputes the
 * hashes; and audited writes do not wait for each other.
 */
@HearthIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationContext context;

    @Test
    void recordsWhoWhatAndWhyAndChainsEachEntryToTheLast() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.READ, "person", List.of(id), "safeguarding check");
        TestAccess.chainNow(context);

        List<AuditEntry> found = trail.search(new AuditQuery(null, null, "person", id, null, null), 0, 10);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.recordIds()).containsExactly(id);
            assertThat(e.reason()).isEqualTo("safeguarding check");
            assertThat(e.actorName()).isEqualTo("anonymous");
            assertThat(e.sourceAddress()).isEqualTo("system");
            assertThat(e.hash()).hasSize(64).isNotEqualTo(e.prevHash());
            assertThat(e.hash()).as("keyed, not the plain SHA-256 anyone can recompute").isNotEqualTo(sha256(e));
        });
        String previous = jdbc.sql("SELECT hash FROM audit_event WHERE seq = ?").param(found.get(0).seq() - 1)
                .query(String.class).single();
        assertThat(found.get(0).prevHash()).isEqualTo(previous);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEntryIsWrittenWithItsChangeAndChainedOnlyAfterTheCommit() {
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.record(AuditAction.CREATE, "person", List.of(kept), null);
            trail.record(AuditAction.UPDATE, "person", List.of(kept), "address added");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids) AND seq IS NULL")
                    .param(kept).query(Integer.class).single()).as("written unchained in the transaction").isEqualTo(2);
            assertThat(TestSuperuser.jdbc().queryForObject("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids)",
                    Integer.class, kept)).as("nothing visible before the commit").isZero();
        });
        TestAccess.chainNow(context);
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

    /**
     * A bulk writer's entries ({@link AuditTrail#batchUntilCommit}) are held and written as one batch at the commit:
     * in the order recorded, with their change or not at all, and chained and verified as any other.
     */
    @Test
    void heldEntriesAreWrittenTogetherAtTheCommitInOrderOrNotAtAll() {
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.batchUntilCommit();
            for (int i = 0; i < 5; i++) {
                trail.record(AuditAction.CREATE, "person", List.of(kept, String.valueOf(i)), "entry " + i);
            }
            trail.recordFor("Hearth", null, AuditAction.READ, "person", List.of(kept, "5"), "entry 5");
            assertThat(count(kept)).as("held until the commit").isZero();
        });
        assertThat(count(kept)).as("written at the commit").isEqualTo(6);
        TestAccess.chainNow(context);
        assertThat(jdbc.sql("SELECT reason FROM audit_event WHERE ? = ANY(record_ids) ORDER BY seq").param(kept)
                .query(String.class).list()).containsExactly("entry 0", "entry 1", "entry 2", "entry 3", "entry 4",
                        "entry 5");
        assertThat(jdbc.sql("SELECT max(seq) - min(seq) FROM audit_event WHERE ? = ANY(record_ids)").param(kept)
                .query(Long.class).single()).as("one after another in the chain").isEqualTo(5);

        try {
            tx.executeWithoutResult(s -> {
                trail.batchUntilCommit();
                trail.record(AuditAction.CREATE, "person", List.of(dropped), null);
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and its held entry are both gone
        }
        assertThat(count(dropped)).isZero();
        trail.record(AuditAction.READ, "person", List.of(dropped), "outside: written at once");
        assertThat(count(dropped)).as("no batch outlives its transaction").isEqualTo(1);
        TestAccess.chainNow(context);
        assertThat(trail.verify().intact()).isTrue();
    }

    /**
     * A refusal is recorded in a transaction of its own: it stays in the trail when the refused request's
     * transaction rolls back (an access refused and then an error must still show who tried).
     */
    @Test
    void aRefusalIsKeptWhenTheRefusedRequestsTransactionRollsBack() {
        String tried = UUID.randomUUID().toString();
        try {
            tx.executeWithoutResult(s -> {
                trail.recordRefusal(AuditAction.READ, "person", List.of(tried), "no ground on this record");
                throw new IllegalStateException("the request fails after the refusal");
            });
        } catch (IllegalStateException expected) {
            // the request's transaction is gone, the refusal is not
        }
        assertThat(count(tried)).isEqualTo(1);
    }

    /** Who an entry names when the principal is not a Hearth actor: its name if signed in, else "anonymous". */
    @Test
    void anEntryNamesAnAuthenticatedPrincipalByNameAndAnyoneElseAsAnonymous() {
        String signedIn = UUID.randomUUID().toString();
        String notSignedIn = UUID.randomUUID().toString();
        String nameless = UUID.randomUUID().toString();
        try {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null, List.of()));
            trail.record(AuditAction.READ, "person", List.of(signedIn), null);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.unauthenticated("someone-typing", null));
            trail.recordRefusal(AuditAction.READ, "person", List.of(notSignedIn), null);
            SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.TestingAuthenticationToken("x", null, List.of()) {
                        @Override
                        public String getName() {
                            return null;
                        }
                    });
            trail.record(AuditAction.READ, "person", List.of(nameless), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(actorName(signedIn)).isEqualTo("metrics-scraper");
        assertThat(actorName(notSignedIn)).isEqualTo("anonymous");
        assertThat(actorName(nameless)).isEqualTo("anonymous");
    }

    private String actorName(String recordId) {
        return jdbc.sql("SELECT actor_name FROM audit_event WHERE ? = ANY(record_ids)").param(recordId)
                .query(String.class).single();
    }

    private int count(String recordId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids)").param(recordId)
                .query(Integer.class).single();
    }

    @Test
    void theApplicationsRoleCannotChangeDeleteTruncateOrUntriggerTheTrail() {
        trail.record(AuditAction.READ, "person", UUID.randomUUID());
        TestAccess.chainNow(context);
        long seq = jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'someone else'").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET hash = repeat('0', 64) WHERE seq = ?").param(seq)
                .update()).as("a chained entry's chain columns are not the application's to change either")
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER ALL").update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("SET LOCAL session_replication_role = replica")
                .update())).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor_name, action, seq, prev_hash, hash)
                VALUES (now(), 'forger', 'READ', 999999, repeat('0', 64), repeat('0', 64))""").update())
                .as("an entry cannot be inserted already chained").hasStackTraceContaining("unchained");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole")
                .query(Integer.class).single()).as("the application's role owns nothing").isZero();
        assertThat(TestAccess.privilegeProblems(template)).isEmpty();

        // even the superuser is stopped by the trigger until it turns triggers off
        assertThatThrownBy(() -> TestSuperuser.jdbc().update("UPDATE audit_event SET actor_name = 'x' WHERE seq = ?", seq))
                .hasStackTraceContaining("append-only");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEditWhoseHashesWereRecomputedWithSha256IsFound() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.BREAK_GLASS, "person", List.of(id), "risk to life");
        trail.record(AuditAction.READ, "person", List.of(id), null);
        trail.record(AuditAction.READ, "person", List.of(UUID.randomUUID().toString()), null);
        TestAccess.chainNow(context);
        long seq = jdbc.sql("SELECT min(seq) FROM audit_event WHERE ? = ANY(record_ids)").param(id)
                .query(Long.class).single();
        assertThat(trail.verify().intact()).isTrue();

        withAppenderPaused(() -> {
            List<Map<String, Object>> original = TestSuperuser.jdbc()
                    .queryForList("SELECT seq, reason, prev_hash, hash FROM audit_event WHERE seq >= ? ORDER BY seq", seq);
            try {
                // the attack of issue 10: as superuser, triggers off, change a break-glass reason and recompute
                // the chain from there to the end (plain SHA-256, without the key)
                rewriteTail(seq, "curiosity");
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(seq);
                assertThat(result.problem()).contains("changed");
            } finally {
                for (Map<String, Object> row : original) {
                    TestSuperuser.tamper("UPDATE audit_event SET reason = " + literal(row.get("reason")) + ", prev_hash = '"
                            + row.get("prev_hash") + "', hash = '" + row.get("hash") + "' WHERE seq = " + row.get("seq"));
                }
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestEntriesIsFoundThroughTheCheckpoint() {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            trail.record(AuditAction.READ, "person", List.of(id), "entry " + i);
        }
        TestAccess.chainNow(context);
        TestAccess.checkpointNow(context);
        assertThat(trail.verify().intact()).isTrue();

        withAppenderPaused(() -> {
            JdbcTemplate su = TestSuperuser.jdbc();
            long first = su.queryForObject("SELECT min(seq) FROM audit_event WHERE ? = ANY(record_ids)", Long.class, id);
            assertThat(su.queryForObject("SELECT max(seq) FROM audit_event", Long.class)).isEqualTo(first + 2);
            List<Map<String, Object>> deleted = su.queryForList("SELECT * FROM audit_event WHERE seq >= ?", first);
            try {
                // the newest entries go, leaving a chain that is intact as far as it goes
                TestSuperuser.tamper("DELETE FROM audit_event WHERE seq >= " + first);
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(first);
                assertThat(result.problem()).contains("entries after " + (first - 1) + " were removed");
            } finally {
                for (Map<String, Object> row : deleted) {
                    reinsert(row);
                }
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void evenWithTheKeyARewriteOfEntriesACheckpointCoversIsFound() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.BREAK_GLASS, "person", List.of(id), "risk to life");
        TestAccess.chainNow(context);
        TestAccess.checkpointNow(context);
        withAppenderPaused(() -> {
            JdbcTemplate su = TestSuperuser.jdbc();
            long seq = su.queryForObject("SELECT seq FROM audit_event WHERE ? = ANY(record_ids)", Long.class, id);
            assertThat(su.queryForObject("SELECT max(seq) FROM audit_event", Long.class)).isEqualTo(seq);
            Map<String, Object> original = su.queryForMap("SELECT reason, hash FROM audit_event WHERE seq = ?", seq);
            AuditEntry e = trail.search(new AuditQuery(null, null, null, id, null, null), 0, 1).get(0);
            String forged = TestAccess.keyedHash(context, new AuditEntry(e.seq(), e.occurredAt(), e.actorId(),
                    e.actorName(), e.action(), e.recordType(), e.recordIds(), "curiosity", e.sourceAddress(),
                    e.prevHash(), null));
            try {
                // the newest entry is rewritten with a hash that is right for its new contents and the key
                TestSuperuser.tamper("UPDATE audit_event SET reason = 'curiosity', hash = '" + forged + "' WHERE seq = " + seq);
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(seq);
                assertThat(result.problem()).contains("rewritten");
            } finally {
                TestSuperuser.tamper("UPDATE audit_event SET reason = " + literal(original.get("reason")) + ", hash = '"
                        + original.get("hash") + "' WHERE seq = " + seq);
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aCheckpointIsWrittenEveryHundredEntries() throws Exception {
        TestAccess.checkpointNow(context);
        Path file = TestAccess.checkpointFile(context);
        long linesBefore = Files.readAllLines(file).size();
        for (int i = 0; i < 100; i++) {
            trail.record(AuditAction.READ, "person", UUID.randomUUID());
        }
        TestAccess.chainNow(context);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSizeGreaterThan((int) linesBefore);
        long head = jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single();
        assertThat(lines.get(lines.size() - 1)).startsWith("v1 seq=" + head + " ");
    }

    @Test
    void anEditedCheckpointIsFound() {
        trail.record(AuditAction.READ, "person", UUID.randomUUID());
        TestAccess.chainNow(context);
        TestAccess.checkpointNow(context);
        Path file = TestAccess.checkpointFile(context);
        withAppenderPaused(() -> {
            try {
                String original = Files.readString(file);
                List<String> lines = new ArrayList<>(List.of(original.split("\n")));
                String last = lines.get(lines.size() - 1);
                long seq = Long.parseLong(last.replaceAll(".*seq=(\\d+).*", "$1"));
                try {
                    // an attacker who also shortened the trail moves the newest checkpoint back to match
                    lines.set(lines.size() - 1, last.replace("seq=" + seq + " ", "seq=" + (seq - 1) + " "));
                    Files.writeString(file, String.join("\n", lines) + "\n");
                    AuditVerification result = trail.verify();
                    assertThat(result.intact()).isFalse();
                    assertThat(result.problem()).contains("checkpoint " + lines.size()).contains("was changed");
                } finally {
                    Files.writeString(file, original);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().checkpointsChecked()).isPositive();
    }

    @Test
    void anEntryNotYetChainedIsPendingNotTampering() {
        String id = UUID.randomUUID().toString();
        withAppenderPaused(() -> {
            trail.record(AuditAction.READ, "person", List.of(id), null);
            assertThat(TestAccess.chainNow(context)).as("another appender holds the chain").isEqualTo(-1);
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.pending()).isPositive();
        });
        TestAccess.chainNow(context);
        assertThat(jdbc.sql("SELECT seq FROM audit_event WHERE ? = ANY(record_ids)").param(id).query(Long.class)
                .single()).isNotNull();
        assertThat(trail.verify().pending()).isZero();
    }

    @Test
    void auditedWritesInOpenTransactionsDoNotWaitForEachOther() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the first transaction has written its entry and is about to commit, but holds on
            Future<?> a = pool.submit(() -> tx.executeWithoutResult(s -> {
                trail.record(AuditAction.UPDATE, "person", List.of(first), null);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        firstWritten.countDown();
                        await(release);
                    }
                });
            }));
            assertThat(firstWritten.await(10, TimeUnit.SECONDS)).isTrue();
            // meanwhile a second transaction writes and commits its own entry without waiting for the first
            Future<?> b = pool.submit(() -> tx.executeWithoutResult(
                    s -> trail.record(AuditAction.UPDATE, "person", List.of(second), null)));
            b.get(5, TimeUnit.SECONDS);
            assertThat(a.isDone()).isFalse();
            release.countDown();
            a.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        TestAccess.chainNow(context);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE (? = ANY(record_ids) OR ? = ANY(record_ids)) "
                + "AND seq IS NOT NULL").params(first, second).query(Integer.class).single()).isEqualTo(2);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersEndInOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                writes.add(pool.submit(() -> {
                    if (n % 2 == 0) {
                        trail.record(AuditAction.READ, "person", UUID.randomUUID());
                    } else {
                        tx.executeWithoutResult(s -> trail.record(AuditAction.UPDATE, "person", UUID.randomUUID()));
                    }
                }));
            }
            for (Future<?> w : writes) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        TestAccess.chainNow(context);
        AuditVerification result = trail.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(200);
        assertThat(result.pending()).isZero();
    }

    /** Holds the appender's advisory lock as another instance would, so nothing is chained meanwhile. */
    private static void withAppenderPaused(Runnable body) {
        try (Connection c = TestSuperuser.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + TestAccess.appenderLock() + ")");
            try {
                body.run();
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + TestAccess.appenderLock() + ")");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes the reason of entry {@code seq} and recomputes every hash from it to the end with plain SHA-256. */
    private void rewriteTail(long seq, String reason) {
        JdbcTemplate su = TestSuperuser.jdbc();
        String prev = su.queryForObject("SELECT prev_hash FROM audit_event WHERE seq = ?", String.class, seq);
        List<AuditEntry> tail = su.query("SELECT * FROM audit_event WHERE seq >= ? ORDER BY seq", (rs, i) -> new AuditEntry(
                rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                List.of((String[]) rs.getArray("record_ids").getArray()), rs.getString("reason"),
                rs.getString("source_address"), rs.getString("prev_hash"), rs.getString("hash")), seq);
        List<String> updates = new ArrayList<>();
        for (AuditEntry e : tail) {
            AuditEntry changed = new AuditEntry(e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(),
                    e.recordType(), e.recordIds(), e.seq() == seq ? reason : e.reason(), e.sourceAddress(), prev, null);
            String hash = sha256(changed);
            updates.add("UPDATE audit_event SET reason = " + literal(changed.reason()) + ", prev_hash = '" + prev
                    + "', hash = '" + hash + "' WHERE seq = " + e.seq());
            prev = hash;
        }
        TestSuperuser.tamper(updates.toArray(String[]::new));
    }

    /** The V4 hash (public knowledge: the format is in the source), as an attacker without the key computes it. */
    private static String sha256(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {e.seq(), e.occurredAt().truncatedTo(ChronoUnit.MICROS), e.actorId(),
                e.actorName(), e.action(), e.recordType(), String.join("\u001f", e.recordIds()), e.reason(),
                e.sourceAddress(), e.prevHash()}) {
            String s = field == null ? "\u0000" : field.toString();
            canonical.append(s.length()).append(':').append(s).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void reinsert(Map<String, Object> row) {
        JdbcTemplate su = TestSuperuser.jdbc();
        su.execute((Connection c) -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
            }
            try (var ps = c.prepareStatement("""
                    INSERT INTO audit_event (id, seq, occurred_at, actor_id, actor_name, action, record_type, record_ids,
                                             reason, source_address, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, row.get("id"));
                ps.setObject(2, row.get("seq"));
                ps.setTimestamp(3, (Timestamp) row.get("occurred_at"));
                ps.setObject(4, row.get("actor_id"));
                ps.setObject(5, row.get("actor_name"));
                ps.setObject(6, row.get("action"));
                ps.setObject(7, row.get("record_type"));
                ps.setObject(8, row.get("record_ids"));
                ps.setObject(9, row.get("reason"));
                ps.setObject(10, row.get("source_address"));
                ps.setObject(11, row.get("prev_hash"));
                ps.setObject(12, row.get("hash"));
                ps.executeUpdate();
            }
            c.commit();
            return null;
        });
    }

    private static String literal(Object value) {
        return value == null ? "NULL" : "'" + value.toString().replace("'", "''") + "'";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
