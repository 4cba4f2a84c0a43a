package org.hearth.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditActor;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.AuditVerification;
import org.hearth.platform.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The trail in PostgreSQL. An audited write inserts its entry unchained, in the caller's transaction (so an entry
 * exists exactly when its change does, and writers never wait for each other); the {@link ChainAppender} chains
 * committed entries afterwards, with a key kept outside the database, and anchors the head in {@link Checkpoints}.
 * An entry is written once: its place in the chain is a row of {@code audit_chain}, and {@code audit_event}'s insert
 * trigger queues it in {@code audit_pending} for the appender. See {@code V7__audit_keyed_chain.sql},
 * {@code V248__audit_chain_table.sql} and {@code docs/security/audit.md}.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);

    /** Search dates are days in the Dates.UK, where the partnership works and the trail's times are shown. */

    private final JdbcTemplate template;
    private final Clock clock;
    private final TransactionTemplate ownTx;
    private final ChainAppender appender;
    private final AuditKeys keys;
    private final Checkpoints checkpoints;
    private final AuditSearch search;

    JdbcAuditTrail(JdbcTemplate template, PlatformTransactionManager transactions, ChainAppender appender,
            AuditKeys keys, Checkpoints checkpoints, AuditSearch search) {
        this.search = search;
        this.template = template;
        this.clock = Clock.systemUTC();
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.appender = appender;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    @Override
    public void record(AuditAction action, String recordType, Collection<String> recordIds, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        append(actorId(auth), actorName(auth), action, recordType, recordIds, reason);
    }

    @Override
    public void recordRefusal(AuditAction action, String recordType, Collection<String> recordIds, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> ids = recordIds == null ? List.of() : List.copyOf(recordIds);
        String source = sourceAddress();
        ownTx.executeWithoutResult(status -> insert(at, actorId(auth), actorName(auth), action, recordType, ids,
                blankToNull(reason), source));
        appender.wake();
    }

    private static UUID actorId(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof AuditActor actor ? actor.actorId() : null;
    }

    private static String actorName(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof AuditActor actor) {
            return actor.actorName();
        }
        return auth != null && auth.isAuthenticated() && auth.getName() != null ? auth.getName() : "anonymous";
    }

    @Override
    public void recordFor(String actorName, UUID actorId, AuditAction action, String recordType,
            Collection<String> recordIds, String reason) {
        append(actorId, actorName, action, recordType, recordIds, reason);
    }

    /**
     * Inside a read-write transaction the entry is inserted in it: it commits with the change or not at all, and
     * the appender is woken when it commits. Outside one (or in a read-only one, for reads) it is inserted in a
     * transaction of its own. Inserting takes no lock another writer waits for. Transactions are explicit here, not
     * by annotation: the interface's default methods reach this by self-invocation.
     */
    private void append(UUID actorId, String actorName, AuditAction action, String recordType,
            Collection<String> recordIds, String reason) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> ids = recordIds == null ? List.of() : List.copyOf(recordIds);
        String why = blankToNull(reason);
        String source = sourceAddress();
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.getResource(readsKey) instanceof HeldEntries reads) {
            reads.add(new HeldEntries.Held(Timestamp.from(at), actorId, actorName, action.name(), recordType, ids,
                    why, source));
            return;
        }
        if (inTransaction && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            if (TransactionSynchronizationManager.getResource(batchKey) instanceof HeldEntries held) {
                held.add(new HeldEntries.Held(Timestamp.from(at), actorId, actorName, action.name(), recordType, ids,
                        why, source));
                wakeAfterCommit();
                return;
            }
            insert(at, actorId, actorName, action, recordType, ids, why, source);
            wakeAfterCommit();
            return;
        }
        ownTx.executeWithoutResult(status -> insert(at, actorId, actorName, action, recordType, ids, why, source));
        appender.wake();
    }

    /** The key under which a transaction's held entries are bound (see {@link #batchUntilCommit}). */
    private final Object batchKey = new Object();

    @Override
    public void batchUntilCommit() {
        hold(false);
    }

    @Override
    public void mergeUntilCommit() {
        hold(true);
    }

    /** Whether entries can be held under {@code key}: in a transaction read-only or not as said, holding none yet. */
    private static boolean canHold(Object key, boolean readOnly) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly() == readOnly
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(key);
    }

    private void hold(boolean merge) {
        if (!canHold(batchKey, false)) {
            return;
        }
        HeldEntries held = new HeldEntries(merge);
        TransactionSynchronizationManager.bindResource(batchKey, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                // from here on an entry is written at once: one recorded by a later before-commit callback is never
                // held in a batch nobody writes
                TransactionSynchronizationManager.unbindResourceIfPossible(batchKey);
                held.writeWith(JdbcAuditTrail.this::insertAll);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(batchKey);
            }
        });
    }

    /** The key under which a read-only transaction's held entries are bound (see {@link #batchReadsUntilEnd}). */
    private final Object readsKey = new Object();

    @Override
    public void batchReadsUntilEnd() {
        if (!canHold(readsKey, true)) {
            return;
        }
        HeldEntries held = new HeldEntries(false);
        TransactionSynchronizationManager.bindResource(readsKey, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                TransactionSynchronizationManager.unbindResourceIfPossible(readsKey);
                writeOwn(held); // a failure fails the commit and keeps the entries for the try after the rollback
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(readsKey);
                try {
                    writeOwn(held); // after a rollback (nothing is left after a commit)
                } catch (RuntimeException e) {
                    log.error("{} audit entries of reads in a transaction that failed could not be written",
                            held.size(), e);
                }
            }
        });
    }

    /**
     * Writes the entries held by a read-only transaction in a transaction of their own (on a connection of its own);
     * they stay held if that fails.
     */
    private void writeOwn(HeldEntries held) {
        if (held.writeWith(entries -> ownTx.executeWithoutResult(status -> insertAll(entries))) > 0) {
            appender.wake();
        }
    }

    /** Inserts the entries as one JDBC batch, in order, in the current transaction. */
    private void insertAll(List<HeldEntries.Held> entries) {
        template.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) con -> {
            try (var ps = con.prepareStatement(INSERT)) {
                for (HeldEntries.Held e : entries) {
                    ps.setTimestamp(1, e.at());
                    ps.setObject(2, e.actorId());
                    ps.setString(3, e.actorName());
                    ps.setString(4, e.action());
                    ps.setString(5, e.recordType());
                    ps.setArray(6, con.createArrayOf("text", e.ids().toArray()));
                    ps.setString(7, e.reason());
                    ps.setString(8, e.source());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, actor_id, actor_name, action, record_type, record_ids,
                                     reason, source_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private void insert(Instant at, UUID actorId, String actorName, AuditAction action, String recordType,
            List<String> ids, String reason, String source) {
        template.update(con -> {
            var ps = con.prepareStatement(INSERT);
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, actorId);
            ps.setString(3, actorName);
            ps.setString(4, action.name());
            ps.setString(5, recordType);
            ps.setArray(6, con.createArrayOf("text", ids.toArray()));
            ps.setString(7, reason);
            ps.setString(8, source);
            return ps;
        });
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                appender.wake();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditTrail.this);
            }
        });
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return search.search(query, offset, limit);
    }

    @Override
    public java.util.Optional<AuditEntry> entry(long id) {
        return search.entry(id);
    }

    @Override
    public long count(AuditQuery query) {
        return search.count(query);
    }

    @Override
    public List<String> recordTypes() {
        return search.recordTypes();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return new ChainVerifier(template, keys, checkpoints).verify();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return "system";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
