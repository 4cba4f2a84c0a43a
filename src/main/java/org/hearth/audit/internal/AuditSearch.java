package org.hearth.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The trail's search (the audit page's filters, an entry by id, the record types held): SQL only. */
@Component
class AuditSearch {

    private final JdbcTemplate template;

    AuditSearch(JdbcTemplate template) {
        this.template = template;
    }

    /** Up to this many entries naming a record, its page is read through the records' index and sorted. */
    static final int FEW = 2000;

    /**
     * A page of the entries, newest first. Filtered by a record named in few entries, PostgreSQL's estimate of how
     * many name it is a guess (a record id outside the most common ones analysed) and its plan walks the whole trail
     * newest first looking for them (a record named 11 times in 305,000 entries: 9,545 buffers); so the entries naming
     * it are counted up to {@link #FEW} first (through {@code audit_event_records}), and when fewer, the order is
     * said as {@code e.id + 0}, which no index gives: they are read through the records' index and sorted (71
     * buffers). A record named more often is among the most common ones, well estimated, and left to the planner.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        String order = fewNaming(query.recordId()) ? "e.id + 0 DESC" : "e.id DESC";
        args.add(limit);
        args.add(offset);
        return template.query(CHAINED + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", (rs, n) -> map(rs),
                args.toArray());
    }

    private boolean fewNaming(String recordId) {
        if (recordId == null || recordId.isBlank()) {
            return false;
        }
        Long n = template.queryForObject("""
                SELECT count(*) FROM (SELECT 1 FROM audit_event WHERE record_ids @> ARRAY[?]::text[] LIMIT ?) m""",
                Long.class, recordId.trim(), FEW);
        return n != null && n < FEW;
    }

    /** Entries with their place in the chain (none yet for a pending entry), to which a WHERE clause may be added. */
    static final String CHAINED = """
            SELECT e.*, c.seq, c.prev_hash, c.hash FROM audit_event e LEFT JOIN audit_chain c ON c.event_id = e.id""";

    @Transactional(readOnly = true)
    public java.util.Optional<AuditEntry> entry(long id) {
        return template.query(CHAINED + " WHERE e.id = ?", (rs, n) -> map(rs), id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        Long n = template.queryForObject("SELECT count(*) FROM audit_event" + where(query, args), Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

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

}
