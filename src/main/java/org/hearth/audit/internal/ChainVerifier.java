package org.hearth.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Checks the chain from its first entry and every checkpoint against it:
 * <ul>
 * <li>each chained entry has the next sequence number, links to the entry before it, and its hash is right (keyed
 * HMAC; plain SHA-256 for the legacy segment written before the chain was keyed);
 * <li>every checkpoint's MAC is right, it names the same legacy segment, and the entry it anchors is still there
 * with the same hash (so deleting the newest entries, or rewriting them and recomputing the hashes, is found as
 * soon as a checkpoint covers them);
 * <li>entries not chained yet are counted as pending, not reported as tampering; but every entry must be chained or
 * pending, and every pending entry must exist (so taking an entry out of the queue, or deleting one before it is
 * chained, is found too).
 * </ul>
 */
final class ChainVerifier {

    private final JdbcTemplate jdbc;
    private final AuditKeys keys;
    private final Checkpoints checkpoints;

    ChainVerifier(JdbcTemplate jdbc, AuditKeys keys, Checkpoints checkpoints) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    private static final String CHAIN_IN_ORDER = "SELECT e.*, c.seq, c.prev_hash, c.hash FROM audit_chain c "
            + "JOIN audit_event e ON e.id = c.event_id ORDER BY c.seq";

    AuditVerification verify() {
        List<Long> legacy = jdbc.queryForList("SELECT last_seq FROM audit_chain_legacy WHERE id = 1", Long.class);
        long legacyEnd = legacy.isEmpty() ? 0 : legacy.get(0);
        // one statement, so one snapshot: the appender chains and dequeues an entry in one transaction
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM audit_event) AS entries, (SELECT count(*) FROM audit_chain) AS chained,
                       (SELECT count(*) FROM audit_pending) AS pending""");
        long pending = ((Number) counts.get("pending")).longValue();
        Check check = new Check(checkpoints.read(), legacyEnd, keys.chain(), checkpoints.file());
        if (check.broken == null) {
            // read in pages of 1,000 rows (in the caller's read-only transaction): this statement's setting, never
            // the template's, which is the application's one shared JdbcTemplate
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement(CHAIN_IN_ORDER);
                ps.setFetchSize(1000);
                return ps;
            }, (RowCallbackHandler) rs -> check.entry(AuditSearch.map(rs)));
        }
        long entries = ((Number) counts.get("entries")).longValue();
        long accounted = ((Number) counts.get("chained")).longValue() + pending;
        if (entries > accounted) {
            check.unaccounted(unqueued(), "is neither chained nor waiting to be (its place in the chain or in the "
                    + "queue was removed)");
        } else if (entries < accounted) {
            check.unaccounted(unwritten(), "was deleted before it was chained");
        }
        return check.result(pending);
    }

    /** The first entry neither chained nor queued to be (its place in the queue was removed), if any. */
    private Long unqueued() {
        return jdbc.queryForObject("""
                SELECT min(e.id) FROM audit_event e
                WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
                  AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.event_id = e.id)""", Long.class);
    }

    /** The first queued entry that is not in the trail (it was deleted before it was chained), if any. */
    private Long unwritten() {
        return jdbc.queryForObject("""
                SELECT min(p.event_id) FROM audit_pending p
                WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.id = p.event_id)""", Long.class);
    }

    /**
     * The checks themselves, without the database: the checkpoints are checked when it is made, then every chained
     * entry is given to {@link #entry} in order of its sequence number, and {@link #result} says what was found.
     * Only the first problem is reported.
     */
    static final class Check {

        private final long legacyEnd;
        private final byte[] key;
        private final Path file;
        private final List<Checkpoints.Checkpoint> written;
        private final Map<Long, Checkpoints.Checkpoint> anchors = new HashMap<>();
        private Checkpoints.Checkpoint newest;
        private long checked;
        private long expectedSeq = 1;
        private String expectedPrev = ChainHash.GENESIS;
        private Long broken;
        private String problem;

        Check(List<Checkpoints.Checkpoint> written, long legacyEnd, byte[] key, Path file) {
            this.written = written;
            this.legacyEnd = legacyEnd;
            this.key = key;
            this.file = file;
            String fileName = file.getFileName().toString();
            for (Checkpoints.Checkpoint cp : written) {
                if (!cp.valid()) {
                    fail(cp.seq(), "checkpoint " + cp.line() + " in " + fileName + " was changed (its signature "
                            + "does not match)");
                } else if (cp.legacyEnd() != legacyEnd) {
                    fail(Math.min(cp.legacyEnd(), legacyEnd) + 1, "the end of the unkeyed legacy segment was moved "
                            + "(checkpoint " + cp.line() + " has it at entry " + cp.legacyEnd() + ")");
                } else {
                    Checkpoints.Checkpoint same = anchors.putIfAbsent(cp.seq(), cp);
                    if (same != null && !same.hash().equals(cp.hash())) {
                        fail(cp.seq(), "two checkpoints disagree about it (checkpoints " + same.line() + " and "
                                + cp.line() + ")");
                    }
                    if (newest == null || cp.seq() > newest.seq()) {
                        newest = cp;
                    }
                }
            }
        }

        private void fail(long seq, String why) {
            if (broken == null) {
                broken = seq;
                problem = why;
            }
        }

        /** The next chained entry (in order of sequence number); ignored once a problem was found. */
        void entry(AuditEntry e) {
            if (broken != null) {
                return;
            }
            checked++;
            String expectedHash = e.seq() <= legacyEnd ? ChainHash.legacy(e) : ChainHash.keyed(e, key);
            Checkpoints.Checkpoint anchor = anchors.get(e.seq());
            if (e.seq() != expectedSeq) {
                fail(expectedSeq, "entry " + expectedSeq + " is missing");
            } else if (!e.prevHash().equals(expectedPrev)) {
                fail(e.seq(), "does not link to the entry before it");
            } else if (!ChainHash.same(expectedHash, e.hash())) {
                fail(e.seq(), "its contents were changed after it was written");
            } else if (anchor != null && !anchor.hash().equals(e.hash())) {
                fail(e.seq(), "it is not the entry the checkpoint of " + anchor.at() + " recorded (the trail "
                        + "was rewritten from here)");
            }
            expectedSeq = e.seq() + 1;
            expectedPrev = e.hash();
        }

        /**
         * The entry with id {@code id} (it has no place in the chain) is neither chained nor waiting to be, or
         * waited to be chained and is gone ({@code why}); {@code id} is {@code null} when the counts disagree only
         * because a chained entry is gone, which the chain itself shows. Reported at the place after the last
         * chained entry, after any problem of the chain itself.
         */
        void unaccounted(Long id, String why) {
            if (id != null) {
                fail(expectedSeq, "the entry with id " + id + " " + why);
            }
        }

        /**
         * What was found, with {@code pending} entries not chained yet. (When a checkpoint was found changed, no
         * entry was given and none is counted as checked.)
         */
        AuditVerification result(long pending) {
            long last = expectedSeq - 1;
            if (broken == null && newest != null && newest.seq() > last) {
                fail(last + 1, "entries after " + last + " were removed (the checkpoint of " + newest.at()
                        + " records entry " + newest.seq() + ")");
            }
            if (broken == null && written.isEmpty() && last > legacyEnd) {
                fail(legacyEnd + 1, "there are no checkpoints to check the trail against (" + file
                        + " is missing or empty)");
            }
            return new AuditVerification(checked, broken, problem, pending, broken == null ? anchors.size() : 0);
        }
    }

}
