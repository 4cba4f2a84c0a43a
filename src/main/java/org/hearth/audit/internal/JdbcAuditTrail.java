package org.hearth.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Search dates are days in the Dates.UK, where the partnership works and the trail's times are shown. */

    private final JdbcTemplate template;
    private final Clock clock;
    private final TransactionTemplate ownTx;
    private final ChainAppender appender;
    private final AuditKeys keys;
    private final Checkpoints checkpoints;

    JdbcAuditTrail(JdbcTemplate template, PlatformTransactionManager transactions, ChainAppender appender,
            AuditKeys keys, Checkpoints checkpoints) {
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
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
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

    private void hold(boolean merge) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(batchKey)) {
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
                List<HeldEntries.Held> entries = held.drain();
                if (entries.isEmpty()) {
                    return;
                }
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

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(batchKey);
            }
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
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(limit);
        args.add(offset);
        return template.query(CHAINED + where + " ORDER BY e.id DESC LIMIT ? OFFSET ?", (rs, n) -> map(rs),
                args.toArray());
    }

    /** Entries with their place in the chain (none yet for a pending entry), to which a WHERE clause may be added. */
    static final String CHAINED = """
            SELECT e.*, c.seq, c.prev_hash, c.hash FROM audit_event e LEFT JOIN audit_chain c ON c.event_id = e.id""";

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<AuditEntry> entry(long id) {
        return template.query(CHAINED + " WHERE e.id = ?", (rs, n) -> map(rs), id).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        Long n = template.queryForObject("SELECT count(*) FROM audit_event" + where(query, args), Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> recordTypes() {
        // a skip scan over audit_event_record_type: one index probe per distinct type, not a scan of the trail
        return template.queryForList("""
                WITH RECURSIVE t(v) AS (
                    SELECT min(record_type) FROM audit_event
                    UNION ALL
                    SELECT (SELECT min(record_type) FROM audit_event WHERE record_type > t.v) FROM t WHERE t.v IS NOT NULL)
                SELECT v FROM t WHERE v IS NOT NULL""", String.class);
    }

    /** The WHERE clause of a search (empty for none), its arguments added to {@code args}. */
    static String where(AuditQuery q, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        if (q.actorName() != null && !q.actorName().isBlank()) {
            clauses.add("actor_name = ?");
            args.add(q.actorName().trim().toLowerCase());
        }
        if (q.action() != null) {
            clauses.add("action = ?");
            args.add(q.action().name());
        }
        if (q.recordType() != null && !q.recordType().isBlank()) {
            clauses.add("record_type = ?");
            args.add(q.recordType().trim());
        }
        if (q.recordId() != null && !q.recordId().isBlank()) {
            clauses.add("record_ids @> ARRAY[?]::text[]");
            args.add(q.recordId().trim());
        }
        if (q.from() != null) {
            clauses.add("occurred_at >= ?");
            args.add(Timestamp.from(q.from().atStartOfDay(Dates.UK).toInstant()));
        }
        if (q.to() != null) {
            clauses.add("occurred_at < ?");
            args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(Dates.UK).toInstant()));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return new ChainVerifier(template, keys, checkpoints).verify();
    }

    /**
     * An entry from a row of {@code audit_event} (its {@code id} included) with the columns {@code seq},
     * {@code prev_hash} and {@code hash} of its {@code audit_chain} row (null, and seq 0, when it is not chained yet).
     */
    static AuditEntry map(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("record_ids");
        return new AuditEntry(rs.getLong("id"), rs.getLong("seq") /* 0 for null */,
                rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                ids == null ? List.of() : Arrays.asList((String[]) ids.getArray()), rs.getString("reason"),
                rs.getString("source_address"), rs.getString("prev_hash"), rs.getString("hash"));
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
