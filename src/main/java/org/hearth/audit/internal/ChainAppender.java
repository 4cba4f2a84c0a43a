package org.hearth.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.hearth.audit.AuditEntry;
import org.hearth.platform.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one appender that builds the chain: it gives committed, unchained entries their sequence number and keyed
 * hash, in order, after the transactions that wrote them have committed, so audited writes never wait for each
 * other. Entries are written once: the appender finds them in the queue {@code audit_pending} (filled by
 * {@code audit_event}'s insert trigger) and adds their places to the insert-only {@code audit_chain}, whose trigger
 * empties the queue of them in the same statement. One appender per database at a time: each batch is chained under a transaction-scoped advisory lock
 * ({@code pg_try_advisory_xact_lock}); another instance that finds it taken leaves the work to the holder.
 *
 * <p>It wakes when a transaction with audit entries commits (and every {@code hearth.audit.appender-poll}, for
 * entries written by other instances), and writes a checkpoint of the chain's head every
 * {@code hearth.audit.checkpoint-every-entries} entries or {@code hearth.audit.checkpoint-every}, whichever comes
 * first, at start and at shutdown.
 */
@Component
class ChainAppender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChainAppender.class);
    /** The advisory lock only the appender takes ("hearth" and 1). */
    static final long LOCK = 0x6865617274680001L;
    private static final int BATCH = 500;

    private record Head(long seq, String hash) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKeys keys;
    private final Checkpoints checkpoints;
    private final int everyEntries;
    private final Duration every;
    private final Duration poll;

    private final ReentrantLock chaining = new ReentrantLock();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private long sinceCheckpoint;
    private Instant lastCheckpointAt = Instant.now();
    private Long lastCheckpointSeq;
    private String lastCheckpointHash;
    private Long legacyEnd;

    ChainAppender(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys, Checkpoints checkpoints,
            Environment env) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.everyEntries = env.getProperty("hearth.audit.checkpoint-every-entries", Integer.class, 100);
        this.every = env.getProperty("hearth.audit.checkpoint-every", Duration.class, Duration.ofSeconds(10));
        this.poll = env.getProperty("hearth.audit.appender-poll", Duration.class, Duration.ofSeconds(1));
    }

    /** Asks the appender to chain what has been committed (called after a commit with audit entries). */
    void wake() {
        wake.release();
    }

    /**
     * Chains every committed entry now, in this thread, then writes a checkpoint if one is due. Returns how many
     * entries were chained, or -1 when another appender (another instance) holds the chain.
     */
    int chainNow() {
        chaining.lock();
        try {
            int total = 0;
            int n;
            do {
                n = tx.execute(status -> chainBatch());
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
                sinceCheckpoint += n;
            } while (n == BATCH);
            if (sinceCheckpoint >= everyEntries || Duration.between(lastCheckpointAt, Instant.now()).compareTo(every) >= 0) {
                checkpoint();
            }
            return total;
        } finally {
            chaining.unlock();
        }
    }

    /** Writes a checkpoint of the committed head now, unless the last one already holds it. */
    void checkpoint() {
        chaining.lock();
        try {
            Head head = head();
            if (lastCheckpointSeq == null || head.seq() != lastCheckpointSeq || !head.hash().equals(lastCheckpointHash)) {
                checkpoints.append(head.seq(), head.hash(), legacyEnd());
                lastCheckpointSeq = head.seq();
                lastCheckpointHash = head.hash();
            }
            sinceCheckpoint = 0;
            lastCheckpointAt = Instant.now();
        } finally {
            chaining.unlock();
        }
    }

    private Integer chainBatch() {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        List<AuditEntry> rows = jdbc.query(PENDING, (rs, i) -> AuditSearch.map(rs), BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        Head head = head();
        long seq = head.seq();
        String prev = head.hash();
        Long[] ids = new Long[rows.size()];
        Long[] seqs = new Long[rows.size()];
        String[] prevs = new String[rows.size()];
        String[] hashes = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            seq++;
            AuditEntry e = rows.get(i);
            AuditEntry placed = new AuditEntry(e.id(), seq, e.occurredAt(), e.actorId(), e.actorName(), e.action(),
                    e.recordType(), e.recordIds(), e.reason(), e.sourceAddress(), prev, null);
            String hash = ChainHash.keyed(placed, keys.chain());
            ids[i] = e.id();
            seqs[i] = seq;
            prevs[i] = prev;
            hashes[i] = hash;
            prev = hash;
        }
        // the batch in one insert-only statement (audit_event is never updated); its trigger takes exactly these
        // entries out of the queue and refuses a chain that does not continue at the head
        jdbc.execute((ConnectionCallback<Integer>) con -> {
            try (var ps = con.prepareStatement(CHAIN)) {
                ps.setArray(1, con.createArrayOf("bigint", ids));
                ps.setArray(2, con.createArrayOf("bigint", seqs));
                ps.setArray(3, con.createArrayOf("text", prevs));
                ps.setArray(4, con.createArrayOf("text", hashes));
                return ps.executeUpdate();
            }
        });
        return rows.size();
    }

    /** The committed entries waiting to be chained, in insertion order. */
    private static final String PENDING = """
            SELECT e.*, NULL::bigint AS seq, NULL::text AS prev_hash, NULL::text AS hash
            FROM audit_pending p JOIN audit_event e ON e.id = p.event_id
            ORDER BY p.event_id LIMIT ?""";

    private static final String CHAIN = """
            INSERT INTO audit_chain (event_id, seq, prev_hash, hash)
            SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[])""";

    private Head head() {
        List<Head> head = jdbc.query("SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        return head.isEmpty() ? new Head(0, ChainHash.GENESIS) : head.get(0);
    }

    private long legacyEnd() {
        if (legacyEnd == null) {
            List<Long> end = jdbc.queryForList("SELECT last_seq FROM audit_chain_legacy WHERE id = 1", Long.class);
            legacyEnd = end.isEmpty() ? 0 : end.get(0);
        }
        return legacyEnd;
    }

    @Override
    public void start() {
        List<Checkpoints.Checkpoint> written = checkpoints.read();
        if (written.isEmpty()) {
            // the chain's head (its primary key's last row), not a count of the chain: start-up reads no more of
            // the trail than that
            long head = head().seq();
            if (head > legacyEnd()) {
                log.error("The audit trail has keyed entries (up to entry {}) but {} has no checkpoints: the file was "
                        + "lost, moved or emptied. Entries written so far cannot be checked against it; a new file is "
                        + "started now. Tell the data protection officer.", head, checkpoints.file());
            }
        } else {
            Checkpoints.Checkpoint last = written.get(written.size() - 1);
            lastCheckpointSeq = last.seq();
            lastCheckpointHash = last.hash();
            List<String> stored = jdbc.queryForList("SELECT hash FROM audit_chain WHERE seq = ?", String.class, last.seq());
            boolean matches = last.valid() && (last.seq() == 0 || (stored.size() == 1 && last.hash().equals(stored.get(0))));
            if (!matches) {
                log.error("The audit trail does not match its last checkpoint (entry {} in {}): check the trail "
                        + "(Audit trail > Check the trail) and tell the data protection officer", last.seq(),
                        checkpoints.file());
            }
        }
        chainNow();
        checkpoint();
        running = true;
        thread = new Thread(this::run, "hearth-audit-appender");
        thread.setDaemon(true);
        thread.start();
        log.info("Audit appender started; checkpoints in {}", checkpoints.file());
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (running) {
                    chainNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) { // no connection (database down, pool busy): one line
                    log.warn("The audit appender could not reach the database ({}); it will try again",
                            e.getClass().getSimpleName());
                } else {
                    log.warn("The audit appender could not chain entries this time; it will try again", e);
                }
                try {
                    // back off for one poll before retrying, so a database that is down is not hammered in a loop
                    Thread.sleep(poll.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            chainNow();
            checkpoint();
        } catch (RuntimeException e) {
            log.warn("The audit appender could not write its shutdown checkpoint", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, so the last requests' entries are chained at shutdown. */
    @Override
    public int getPhase() {
        return 0;
    }

}
