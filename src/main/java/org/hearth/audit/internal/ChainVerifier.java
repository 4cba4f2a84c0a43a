package org.hearth.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditVerification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the chain from its first entry and every checkpoint against it:
 * <ul>
 * <li>each chained entry has the next sequence number, links to the entry before it, and its hash is right (keyed
 * HMAC; plain SHA-256 for the legacy segment written before the chain was keyed);
 * <li>every checkpoint's MAC is right, it names the same legacy segment, and the entry it anchors is still there
 * with the same hash (so deleting the newest entries, or rewriting them and recomputing the hashes, is found as
 * soon as a checkpoint covers them);
 * <li>entries not chained yet are counted as pending, not reported as tampering.
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

    private static final class State {
        long checked;
        long expectedSeq = 1;
        String expectedPrev = ChainHash.GENESIS;
        Long broken;
        String problem;

        void fail(long seq, String why) {
            if (broken == null) {
                broken = seq;
                problem = why;
            }
        }
    }

    AuditVerification verify() {
        List<Long> legacy = jdbc.queryForList("SELECT last_seq FROM audit_chain_legacy WHERE id = 1", Long.class);
        long legacyEnd = legacy.isEmpty() ? 0 : legacy.get(0);
        long pending = count("SELECT count(*) FROM audit_event WHERE seq IS NULL");
        String fileName = checkpoints.file().getFileName().toString();

        State state = new State();
        Map<Long, Checkpoints.Checkpoint> anchors = new HashMap<>();
        Checkpoints.Checkpoint newest = null;
        List<Checkpoints.Checkpoint> written = checkpoints.read();
        for (Checkpoints.Checkpoint cp : written) {
            if (!cp.valid()) {
                state.fail(cp.seq(), "checkpoint " + cp.line() + " in " + fileName + " was changed (its signature "
                        + "does not match)");
            } else if (cp.legacyEnd() != legacyEnd) {
                state.fail(Math.min(cp.legacyEnd(), legacyEnd) + 1, "the end of the unkeyed legacy segment was moved "
                        + "(checkpoint " + cp.line() + " has it at entry " + cp.legacyEnd() + ")");
            } else {
                Checkpoints.Checkpoint same = anchors.putIfAbsent(cp.seq(), cp);
                if (same != null && !same.hash().equals(cp.hash())) {
                    state.fail(cp.seq(), "two checkpoints disagree about it (checkpoints " + same.line() + " and "
                            + cp.line() + ")");
                }
                if (newest == null || cp.seq() > newest.seq()) {
                    newest = cp;
                }
            }
        }
        if (state.broken != null) {
            return new AuditVerification(0, state.broken, state.problem, pending, 0);
        }

        jdbc.setFetchSize(1000);
        jdbc.query("SELECT * FROM audit_event WHERE seq IS NOT NULL ORDER BY seq", rs -> {
            if (state.broken != null) {
                return;
            }
            AuditEntry e = JdbcAuditTrail.map(rs);
            state.checked++;
            String expectedHash = e.seq() <= legacyEnd ? ChainHash.legacy(e) : ChainHash.keyed(e, keys.chain());
            Checkpoints.Checkpoint anchor = anchors.get(e.seq());
            if (e.seq() != state.expectedSeq) {
                state.fail(state.expectedSeq, "entry " + state.expectedSeq + " is missing");
            } else if (!e.prevHash().equals(state.expectedPrev)) {
                state.fail(e.seq(), "does not link to the entry before it");
            } else if (!ChainHash.same(expectedHash, e.hash())) {
                state.fail(e.seq(), "its contents were changed after it was written");
            } else if (anchor != null && !anchor.hash().equals(e.hash())) {
                state.fail(e.seq(), "it is not the entry the checkpoint of " + anchor.at() + " recorded (the trail "
                        + "was rewritten from here)");
            }
            state.expectedSeq = e.seq() + 1;
            state.expectedPrev = e.hash();
        });
        long last = state.expectedSeq - 1;
        if (state.broken == null && newest != null && newest.seq() > last) {
            state.fail(last + 1, "entries after " + last + " were removed (the checkpoint of " + newest.at()
                    + " records entry " + newest.seq() + ")");
        }
        if (state.broken == null && written.isEmpty() && last > legacyEnd) {
            state.fail(legacyEnd + 1, "there are no checkpoints to check the trail against (" + checkpoints.file()
                    + " is missing or empty)");
        }
        return new AuditVerification(state.checked, state.broken, state.problem, pending,
                state.broken == null ? anchors.size() : 0);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
