package org.hearth.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditActor;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.AuditVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** The trail in PostgreSQL; see {@code V4__audit.sql} for the chain-head lock that keeps it linear. */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** Search dates are days in the UK, where the partnership works and the trail's times are shown. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;

    JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = Clock.systemUTC();
        this.tx = new TransactionTemplate(transactions);
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditAction action, String recordType, Collection<String> recordIds, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        UUID actorId = null;
        String actorName = "anonymous";
        if (auth != null && auth.getPrincipal() instanceof AuditActor actor) {
            actorId = actor.actorId();
            actorName = actor.actorName();
        } else if (auth != null && auth.isAuthenticated() && auth.getName() != null) {
            actorName = auth.getName();
        }
        append(actorId, actorName, action, recordType, recordIds, reason);
    }

    @Override
    public void recordFor(String actorName, UUID actorId, AuditAction action, String recordType,
            Collection<String> recordIds, String reason) {
        append(actorId, actorName, action, recordType, recordIds, reason);
    }

    /**
     * An entry waiting to be chained: everything but its place in the chain, captured when it was recorded (who,
     * when, from where), so appending it later changes nothing it says.
     */
    private record Pending(Instant at, UUID actorId, String actorName, AuditAction action, String recordType,
            List<String> recordIds, String reason, String source) {
    }

    /**
     * Inside a read-write transaction, entries are kept and appended together just before it commits: the chain
     * lock is taken once, briefly, and if appending fails the transaction rolls back, so no change is ever
     * committed without its entries, and no entry survives a change that was rolled back. Outside one (or in a
     * read-only one, for reads) an entry is appended at once in a transaction of its own. Transactions are
     * explicit here, not by annotation: the interface's default methods reach this by self-invocation.
     */
    private void append(UUID actorId, String actorName, AuditAction action, String recordType,
            Collection<String> recordIds, String reason) {
        Pending entry = new Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), actorId, actorName, action,
                recordType, recordIds == null ? List.of() : List.copyOf(recordIds), blankToNull(reason), sourceAddress());
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingInThisTransaction().add(entry);
            return;
        }
        TransactionTemplate template = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? ownTx : tx;
        template.executeWithoutResult(status -> appendLocked(List.of(entry)));
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pendingInThisTransaction() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (List<Pending>) bound;
        }
        List<Pending> pending = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                appendLocked(pending);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditTrail.this);
            }
        });
        return pending;
    }

    /** Chains and inserts entries in order under the chain-head lock (held until the transaction ends). */
    private void appendLocked(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue();
        String prevHash = (String) head.get("last_hash");
        List<AuditEntry> chained = new ArrayList<>();
        for (Pending p : entries) {
            seq++;
            AuditEntry entry = new AuditEntry(seq, p.at(), p.actorId(), p.actorName(), p.action(), p.recordType(),
                    p.recordIds(), p.reason(), p.source(), prevHash, null);
            String hash = hash(entry);
            chained.add(new AuditEntry(seq, p.at(), p.actorId(), p.actorName(), p.action(), p.recordType(),
                    p.recordIds(), p.reason(), p.source(), prevHash, hash));
            prevHash = hash;
        }
        template.batchUpdate("""
                INSERT INTO audit_event (seq, occurred_at, actor_id, actor_name, action, record_type, record_ids,
                                         reason, source_address, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chained, chained.size(), (ps, e) -> {
            ps.setLong(1, e.seq());
            ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
            ps.setObject(3, e.actorId());
            ps.setString(4, e.actorName());
            ps.setString(5, e.action().name());
            ps.setString(6, e.recordType());
            ps.setArray(7, ps.getConnection().createArrayOf("text", e.recordIds().toArray()));
            ps.setString(8, e.reason());
            ps.setString(9, e.sourceAddress());
            ps.setString(10, e.prevHash());
            ps.setString(11, e.hash());
        });
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, prevHash).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(limit);
        args.add(offset);
        return template.query("SELECT * FROM audit_event" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?",
                (rs, n) -> map(rs), args.toArray());
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        Long n = template.queryForObject("SELECT count(*) FROM audit_event" + where(query, args), Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(AuditQuery q, List<Object> args) {
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
            args.add(Timestamp.from(q.from().atStartOfDay(UK).toInstant()));
        }
        if (q.to() != null) {
            clauses.add("occurred_at < ?");
            args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var state = new Object() {
            long checked;
            long expectedSeq = 1;
            String expectedPrev = "0".repeat(64);
            Long broken;
            String problem;
        };
        template.setFetchSize(1000);
        template.query("SELECT * FROM audit_event ORDER BY seq", rs -> {
            if (state.broken != null) {
                return;
            }
            AuditEntry e = map(rs);
            state.checked++;
            if (e.seq() != state.expectedSeq) {
                state.broken = e.seq();
                state.problem = "entry " + state.expectedSeq + " is missing";
            } else if (!e.prevHash().equals(state.expectedPrev)) {
                state.broken = e.seq();
                state.problem = "does not link to the entry before it";
            } else if (!hash(e).equals(e.hash())) {
                state.broken = e.seq();
                state.problem = "its contents were changed after it was written";
            }
            state.expectedSeq = e.seq() + 1;
            state.expectedPrev = e.hash();
        });
        if (state.broken == null) {
            Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                    .query().singleRow();
            long lastSeq = ((Number) head.get("last_seq")).longValue();
            if (lastSeq != state.expectedSeq - 1 || !state.expectedPrev.equals(head.get("last_hash"))) {
                state.broken = state.expectedSeq;
                state.problem = "entries after " + (state.expectedSeq - 1) + " were removed";
            }
        }
        return new AuditVerification(state.checked, state.broken, state.problem);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("record_ids");
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                ids == null ? List.of() : Arrays.asList((String[]) ids.getArray()), rs.getString("reason"),
                rs.getString("source_address"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** SHA-256 over every field, each length-prefixed so no two entries can encode alike. */
    static String hash(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {e.seq(), e.occurredAt().truncatedTo(ChronoUnit.MICROS), e.actorId(),
                e.actorName(), e.action(), e.recordType(), String.join("\u001f", e.recordIds()), e.reason(),
                e.sourceAddress(), e.prevHash()}) {
            String s = field == null ? "\u0000" : field.toString();
            canonical.append(s.length()).append(':').append(s).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
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
