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
    org.springframework.transaction.PlatformTransactionManager transactions;
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
        assertThat(found.get(0).id()).as("the entry's own id, not its place in the chain").isEqualTo(
                jdbc.sql("SELECT id FROM audit_event WHERE ? = ANY(record_ids)").param(id).query(Long.class).single());
        String previous = jdbc.sql("SELECT hash FROM audit_chain WHERE seq = ?").param(found.get(0).seq() - 1)
                .query(String.class).single();
        assertThat(found.get(0).prevHash()).isEqualTo(previous);
        assertThat(trail.verify().intact()).isTrue();
    }

    /** The check reads the chain in pages through a setting of its own statement, not of the shared template. */
    @Test
    void aCheckLeavesTheSharedJdbcTemplateAsConfigured() {
        trail.record(AuditAction.READ, "person", List.of(UUID.randomUUID().toString()), null);
        TestAccess.chainNow(context);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(template.getFetchSize()).as("every other user of the shared template gets its fetch size")
                .isEqualTo(context.getEnvironment().getProperty("spring.jdbc.template.fetch-size", Integer.class, -1));
    }

    @Test
    void anEntryIsWrittenWithItsChangeAndChainedOnlyAfterTheCommit() {
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.record(AuditAction.CREATE, "person", List.of(kept), null);
            trail.record(AuditAction.UPDATE, "person", List.of(kept), "address added");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event e JOIN audit_pending p ON p.event_id = e.id "
                    + "WHERE ? = ANY(e.record_ids)").param(kept).query(Integer.class).single())
                    .as("written unchained, and queued, in the transaction").isEqualTo(2);
            assertThat(TestSuperuser.jdbc().queryForObject("SELECT count(*) FROM audit_event WHERE ? = ANY(record_ids)",
                    Integer.class, kept)).as("nothing visible before the commit").isZero();
        });
        TestAccess.chainNow(context);
        assertThat(jdbc.sql(CHAINED + " WHERE ? = ANY(e.record_ids) ORDER BY c.seq").param(kept)
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
        assertThat(jdbc.sql("SELECT e.reason FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                + "WHERE ? = ANY(e.record_ids) ORDER BY c.seq").param(kept)
                .query(String.class).list()).containsExactly("entry 0", "entry 1", "entry 2", "entry 3", "entry 4",
                        "entry 5");
        assertThat(jdbc.sql("SELECT max(c.seq) - min(c.seq) FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                + "WHERE ? = ANY(e.record_ids)").param(kept)
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
     * A bulk writer's entries held merged ({@link AuditTrail#mergeUntilCommit}): those of one kind (actor, action,
     * record type, reason) become one entry naming every record in turn, which a search by any of them finds (the
     * audit trail page's filter, subject access); other kinds stay apart; nothing is written if the change fails.
     */
    @Test
    void mergedEntriesNameEveryRecordOfTheirKindAndAreFoundByEachOrNotWrittenAtAll() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String grant = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.mergeUntilCommit();
            trail.record(AuditAction.CREATE, "person", List.of(first), null);
            trail.record(AuditAction.CREATE, "access-grant", List.of(grant, first), "granted");
            trail.record(AuditAction.CREATE, "person", List.of(second), null);
            assertThat(count(first)).as("held until the commit").isZero();
        });
        for (String id : List.of(first, second)) {
            List<AuditEntry> found = trail.search(new AuditQuery(null, AuditAction.CREATE, "person", id, null, null),
                    0, 10);
            assertThat(found).as("found by " + id).singleElement()
                    .satisfies(e -> assertThat(e.recordIds()).containsExactly(first, second));
        }
        assertThat(trail.search(new AuditQuery(null, AuditAction.CREATE, "access-grant", first, null, null), 0, 10))
                .singleElement().satisfies(e -> assertThat(e.recordIds()).containsExactly(grant, first));
        assertThat(count(first)).as("one entry a kind").isEqualTo(2);

        try {
            tx.executeWithoutResult(s -> {
                trail.mergeUntilCommit();
                trail.record(AuditAction.CREATE, "person", List.of(dropped), null);
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the change and its held entries are both gone
        }
        assertThat(count(dropped)).isZero();
        String next = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            trail.mergeUntilCommit();
            trail.record(AuditAction.CREATE, "person", List.of(next), null);
        });
        assertThat(count(next)).as("the next transaction holds its own entries and writes them").isEqualTo(1);
        assertThat(count(dropped)).as("never the rolled-back one's").isZero();
        TestAccess.chainNow(context);
        assertThat(trail.verify().intact()).isTrue();
    }

    /**
     * A page gathering many audited reads ({@link AuditTrail#batchReadsUntilEnd}, My work) holds their entries until
     * its read-only transaction ends, then writes them in order in a transaction of their own: at its commit, and
     * after a rollback too (the reads happened); afterwards an entry is written at once again.
     */
    @Test
    void aReadOnlyTransactionsReadsAreWrittenAtItsEndEvenAfterARollback() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        String read = UUID.randomUUID().toString();
        readOnly.executeWithoutResult(s -> {
            trail.batchReadsUntilEnd();
            for (int i = 0; i < 3; i++) {
                trail.record(AuditAction.READ, "person", List.of(read, String.valueOf(i)), "read " + i);
            }
            assertThat(count(read)).as("held until the transaction ends").isZero();
        });
        assertThat(jdbc.sql("SELECT reason FROM audit_event WHERE ? = ANY(record_ids) ORDER BY id").param(read)
                .query(String.class).list()).containsExactly("read 0", "read 1", "read 2");

        String failed = UUID.randomUUID().toString();
        try {
            readOnly.executeWithoutResult(s -> {
                trail.batchReadsUntilEnd();
                trail.record(AuditAction.READ, "person", List.of(failed), "read, then the page fails");
                throw new IllegalStateException("the page fails after the read");
            });
        } catch (IllegalStateException expected) {
            // the read happened: its entry stays
        }
        assertThat(count(failed)).isEqualTo(1);
        readOnly.executeWithoutResult(s -> {
            trail.record(AuditAction.READ, "person", List.of(failed), "no batch outlives its transaction");
            assertThat(count(failed)).as("written at once").isEqualTo(2);
        });
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
        long seq = jdbc.sql("SELECT max(seq) FROM audit_chain").query(Long.class).single();
        long event = jdbc.sql("SELECT event_id FROM audit_chain WHERE seq = ?").param(seq).query(Long.class).single();
        for (String table : List.of("audit_event", "audit_chain", "audit_pending")) {
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table).update()).as(table)
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("TRUNCATE " + table).update()).as(table)
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER ALL").update()).as(table)
                    .hasStackTraceContaining("must be owner");
        }
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'someone else'").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET hash = repeat('0', 64) WHERE seq = ?").param(seq)
                .update()).as("a chained entry's place is not the application's to change either")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO audit_pending (event_id) VALUES (?)").param(event).update())
                .as("only audit_event's trigger queues an entry").hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("SET LOCAL session_replication_role = replica")
                .update())).hasStackTraceContaining("permission denied");
        withAppenderPaused(() -> {
            long head = jdbc.sql("SELECT max(seq) FROM audit_chain").query(Long.class).single();
            assertThatThrownBy(() -> chain(head + 1, event)).as("an entry is chained once")
                    .hasStackTraceContaining("audit_chain_event_id_key");
            trail.record(AuditAction.READ, "person", UUID.randomUUID());
            long pending = jdbc.sql("SELECT max(event_id) FROM audit_pending").query(Long.class).single();
            assertThatThrownBy(() -> chain(head + 2, pending)).as("the chain grows only at its head, without gaps")
                    .hasStackTraceContaining("grows only at its head");
            assertThatThrownBy(() -> chain(head + 1, -pending)).as("only a pending entry can be chained")
                    .hasStackTraceContaining("only pending audit entries are chained");
            assertThat(jdbc.sql("SELECT max(seq) FROM audit_chain").query(Long.class).single()).isEqualTo(head);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole")
                .query(Integer.class).single()).as("the application's role owns nothing").isZero();
        assertThat(TestAccess.privilegeProblems(template)).isEmpty();

        // even the superuser is stopped by the triggers until it turns triggers off
        assertThatThrownBy(() -> TestSuperuser.jdbc().update("UPDATE audit_event SET actor_name = 'x' WHERE id = ?", event))
                .hasStackTraceContaining("audit_event is append-only");
        assertThatThrownBy(() -> TestSuperuser.jdbc().update("DELETE FROM audit_chain WHERE seq = ?", seq))
                .hasStackTraceContaining("audit_chain is append-only");
        TestAccess.chainNow(context);
        assertThat(trail.verify().intact()).isTrue();
    }

    /** Adds a chain row as the application's role (with a hash nobody without the key can make right). */
    private void chain(long seq, long event) {
        jdbc.sql("INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (?, ?, repeat('0', 64), repeat('0', 64))")
                .params(seq, event).update();
    }

    /** The chain's places of entries, joined to them (alias {@code e} the entry, {@code c} its place). */
    private static final String CHAINED = "SELECT c.seq FROM audit_event e JOIN audit_chain c ON c.event_id = e.id";

    @Test
    void anEditWhoseHashesWereRecomputedWithSha256IsFound() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.BREAK_GLASS, "person", List.of(id), "risk to life");
        trail.record(AuditAction.READ, "person", List.of(id), null);
        trail.record(AuditAction.READ, "person", List.of(UUID.randomUUID().toString()), null);
        TestAccess.chainNow(context);
        long seq = jdbc.sql("SELECT min(c.seq) FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                + "WHERE ? = ANY(e.record_ids)").param(id).query(Long.class).single();
        assertThat(trail.verify().intact()).isTrue();

        withAppenderPaused(() -> {
            List<Map<String, Object>> original = TestSuperuser.jdbc().queryForList("SELECT c.seq, e.id, e.reason, "
                    + "c.prev_hash, c.hash FROM audit_chain c JOIN audit_event e ON e.id = c.event_id WHERE c.seq >= ? "
                    + "ORDER BY c.seq", seq);
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
                    TestSuperuser.tamper("UPDATE audit_event SET reason = " + literal(row.get("reason")) + " WHERE id = "
                            + row.get("id"), "UPDATE audit_chain SET prev_hash = '" + row.get("prev_hash") + "', hash = '"
                            + row.get("hash") + "' WHERE seq = " + row.get("seq"));
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
            long first = su.queryForObject("SELECT min(c.seq) FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                    + "WHERE ? = ANY(e.record_ids)", Long.class, id);
            assertThat(su.queryForObject("SELECT max(seq) FROM audit_chain", Long.class)).isEqualTo(first + 2);
            List<Map<String, Object>> deleted = su.queryForList("SELECT * FROM audit_event WHERE id IN "
                    + "(SELECT event_id FROM audit_chain WHERE seq >= ?)", first);
            List<Map<String, Object>> places = su.queryForList("SELECT * FROM audit_chain WHERE seq >= ?", first);
            try {
                // the newest entries go with their places, leaving a chain that is intact as far as it goes
                TestSuperuser.tamper("DELETE FROM audit_event WHERE id IN (SELECT event_id FROM audit_chain WHERE seq >= "
                        + first + ")", "DELETE FROM audit_chain WHERE seq >= " + first);
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(first);
                assertThat(result.problem()).contains("entries after " + (first - 1) + " were removed");
            } finally {
                for (Map<String, Object> row : deleted) {
                    reinsert(row);
                }
                for (Map<String, Object> row : places) {
                    reinsertPlace(row);
                }
            }
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    /**
     * Every entry is chained or waiting to be: taking a pending entry out of the queue (so it would never be
     * chained), or deleting a pending entry and leaving its place in the queue, is found.
     */
    @Test
    void anEntryTakenOutOfTheQueueOrDeletedBeforeItIsChainedIsFound() {
        String id = UUID.randomUUID().toString();
        withAppenderPaused(() -> {
            trail.record(AuditAction.READ, "person", List.of(id), "pending");
            JdbcTemplate su = TestSuperuser.jdbc();
            long event = su.queryForObject("SELECT id FROM audit_event WHERE ? = ANY(record_ids)", Long.class, id);
            assertThat(trail.verify().intact()).isTrue();
            try {
                TestSuperuser.tamper("DELETE FROM audit_pending WHERE event_id = " + event);
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.problem()).isEqualTo("the entry with id " + event + " is neither chained nor waiting "
                        + "to be (its place in the chain or in the queue was removed)");
            } finally {
                TestSuperuser.tamper("INSERT INTO audit_pending (event_id) VALUES (" + event + ")");
            }
            Map<String, Object> row = su.queryForMap("SELECT * FROM audit_event WHERE id = ?", event);
            try {
                TestSuperuser.tamper("DELETE FROM audit_event WHERE id = " + event);
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.problem()).isEqualTo("the entry with id " + event + " was deleted before it was chained");
            } finally {
                reinsert(row);
            }
            assertThat(trail.verify().intact()).isTrue();
        });
        TestAccess.chainNow(context);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().pending()).isZero();
    }

    @Test
    void evenWithTheKeyARewriteOfEntriesACheckpointCoversIsFound() {
        String id = UUID.randomUUID().toString();
        trail.record(AuditAction.BREAK_GLASS, "person", List.of(id), "risk to life");
        TestAccess.chainNow(context);
        TestAccess.checkpointNow(context);
        withAppenderPaused(() -> {
            JdbcTemplate su = TestSuperuser.jdbc();
            long seq = su.queryForObject("SELECT c.seq FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                    + "WHERE ? = ANY(e.record_ids)", Long.class, id);
            assertThat(su.queryForObject("SELECT max(seq) FROM audit_chain", Long.class)).isEqualTo(seq);
            Map<String, Object> original = su.queryForMap("SELECT e.id, e.reason, c.hash FROM audit_event e "
                    + "JOIN audit_chain c ON c.event_id = e.id WHERE c.seq = ?", seq);
            AuditEntry e = trail.search(new AuditQuery(null, null, null, id, null, null), 0, 1).get(0);
            String forged = TestAccess.keyedHash(context, new AuditEntry(e.id(), e.seq(), e.occurredAt(), e.actorId(),
                    e.actorName(), e.action(), e.recordType(), e.recordIds(), "curiosity", e.sourceAddress(),
                    e.prevHash(), null));
            try {
                // the newest entry is rewritten with a hash that is right for its new contents and the key
                TestSuperuser.tamper("UPDATE audit_event SET reason = 'curiosity' WHERE id = " + original.get("id"),
                        "UPDATE audit_chain SET hash = '" + forged + "' WHERE seq = " + seq);
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenSeq()).isEqualTo(seq);
                assertThat(result.problem()).contains("rewritten");
            } finally {
                TestSuperuser.tamper("UPDATE audit_event SET reason = " + literal(original.get("reason")) + " WHERE id = "
                        + original.get("id"), "UPDATE audit_chain SET hash = '" + original.get("hash") + "' WHERE seq = " + seq);
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
        long head = jdbc.sql("SELECT max(seq) FROM audit_chain").query(Long.class).single();
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
        assertThat(jdbc.sql(CHAINED + " WHERE ? = ANY(e.record_ids)").param(id).query(Long.class)
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
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event e JOIN audit_chain c ON c.event_id = e.id "
                + "WHERE ? = ANY(e.record_ids) OR ? = ANY(e.record_ids)").params(first, second).query(Integer.class)
                .single()).isEqualTo(2);
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
        String prev = su.queryForObject("SELECT prev_hash FROM audit_chain WHERE seq = ?", String.class, seq);
        List<Long> ids = su.queryForList("SELECT event_id FROM audit_chain WHERE seq >= ? ORDER BY seq", Long.class, seq);
        List<AuditEntry> tail = su.query("SELECT e.*, c.seq, c.prev_hash, c.hash FROM audit_chain c JOIN audit_event e "
                + "ON e.id = c.event_id WHERE c.seq >= ? ORDER BY c.seq", (rs, i) -> new AuditEntry(
                rs.getLong("id"), rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                List.of((String[]) rs.getArray("record_ids").getArray()), rs.getString("reason"),
                rs.getString("source_address"), rs.getString("prev_hash"), rs.getString("hash")), seq);
        List<String> updates = new ArrayList<>();
        for (int i = 0; i < tail.size(); i++) {
            AuditEntry e = tail.get(i);
            AuditEntry changed = new AuditEntry(e.id(), e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(),
                    e.recordType(), e.recordIds(), e.seq() == seq ? reason : e.reason(), e.sourceAddress(), prev, null);
            String hash = sha256(changed);
            updates.add("UPDATE audit_event SET reason = " + literal(changed.reason()) + " WHERE id = " + ids.get(i));
            updates.add("UPDATE audit_chain SET prev_hash = '" + prev + "', hash = '" + hash + "' WHERE seq = " + e.seq());
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
                    INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, action, record_type, record_ids,
                                             reason, source_address)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, row.get("id"));
                ps.setTimestamp(2, (Timestamp) row.get("occurred_at"));
                ps.setObject(3, row.get("actor_id"));
                ps.setObject(4, row.get("actor_name"));
                ps.setObject(5, row.get("action"));
                ps.setObject(6, row.get("record_type"));
                ps.setObject(7, row.get("record_ids"));
                ps.setObject(8, row.get("reason"));
                ps.setObject(9, row.get("source_address"));
                ps.executeUpdate();
            }
            c.commit();
            return null;
        });
    }

    /** Puts back a deleted row of audit_chain, as the superuser with triggers off. */
    private static void reinsertPlace(Map<String, Object> row) {
        TestSuperuser.tamper("INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (" + row.get("seq") + ", "
                + row.get("event_id") + ", '" + row.get("prev_hash") + "', '" + row.get("hash") + "')");
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
