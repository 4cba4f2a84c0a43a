package org.hearth.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditVerification;
import org.junit.jupiter.api.Test;

/**
 * The chain check without a database ({@link ChainVerifier.Check}): what an attacker who can write the audit
 * table does to the trail, and whether verification finds it. Entries are made as the appender makes them: each
 * links to the one before and is hashed with the chain key ({@link ChainHash#keyed}), or with plain SHA-256 in
 * the legacy segment.
 */
class ChainCheckTest {

    static final byte[] KEY = "chain-key-for-the-unit-test-0001".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "a-key-an-attacker-made-up-000002".getBytes(StandardCharsets.US_ASCII);
    static final Path FILE = Path.of("/var/lib/hearth/audit-checkpoints");
    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    /** A chain of {@code n} entries; those up to {@code legacyEnd} hashed the legacy way. */
    static List<AuditEntry> chain(int n, long legacyEnd, byte[] key) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = ChainHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditEntry e = sealed(entry(seq, prev, "reason " + seq), legacyEnd, key);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    static AuditEntry entry(long seq, String prev, String reason) {
        return new AuditEntry(seq, seq, AT.plusSeconds(seq), UUID.nameUUIDFromBytes(("actor" + seq).getBytes()),
                "worker", AuditAction.BREAK_GLASS, "person", List.of("p-" + seq), reason, "10.0.0.1", prev, null);
    }

    static AuditEntry sealed(AuditEntry e, long legacyEnd, byte[] key) {
        String hash = e.seq() <= legacyEnd ? ChainHash.legacy(e) : ChainHash.keyed(e, key);
        return withHash(e, hash);
    }

    static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.id(), e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.recordType(),
                e.recordIds(), e.reason(), e.sourceAddress(), e.prevHash(), hash);
    }

    static AuditEntry withReason(AuditEntry e, String reason) {
        return new AuditEntry(e.id(), e.seq(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.recordType(),
                e.recordIds(), reason, e.sourceAddress(), e.prevHash(), e.hash());
    }

    static Checkpoints.Checkpoint checkpoint(int line, AuditEntry anchored, long legacyEnd) {
        return new Checkpoints.Checkpoint(line, anchored.seq(), anchored.hash(), legacyEnd, AT.plusSeconds(3600), true);
    }

    static AuditVerification verify(List<Checkpoints.Checkpoint> checkpoints, long legacyEnd, List<AuditEntry> entries) {
        ChainVerifier.Check check = new ChainVerifier.Check(checkpoints, legacyEnd, KEY, FILE);
        entries.forEach(check::entry);
        return check.result(7);
    }

    @Test
    void anIntactChainAnchoredByACheckpointVerifies() {
        List<AuditEntry> chain = chain(4, 0, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 0), checkpoint(2, chain.get(3), 0)), 0, chain);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.problem()).isNull();
        assertThat(v.entriesChecked()).isEqualTo(4);
        assertThat(v.checkpointsChecked()).isEqualTo(2);
        assertThat(v.pending()).isEqualTo(7);
    }

    @Test
    void anEntryEditedInTheTableIsFound() {
        List<AuditEntry> chain = chain(4, 0, KEY);
        chain.set(1, withReason(chain.get(1), "nothing to see here"));
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(3), 0)), 0, chain);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
        assertThat(v.problem()).contains("contents were changed");
        assertThat(v.checkpointsChecked()).isZero();
    }

    @Test
    void onlyTheFirstProblemIsReportedAndCheckingStopsThere() {
        List<AuditEntry> chain = chain(5, 0, KEY);
        chain.set(1, withReason(chain.get(1), "edited"));
        chain.set(3, withReason(chain.get(3), "edited too"));
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(4), 0)), 0, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
        assertThat(v.problem()).contains("contents were changed");
        assertThat(v.entriesChecked()).isEqualTo(2);
    }

    @Test
    void anEditWhoseHashWasRecomputedWithoutTheKeyIsFound() {
        // the attacker edits entry 3 and recomputes the rest of the chain, but has only a key of their own
        List<AuditEntry> chain = chain(2, 0, KEY);
        String prev = chain.get(1).hash();
        for (int seq = 3; seq <= 4; seq++) {
            AuditEntry e = sealed(entry(seq, prev, "rewritten " + seq), 0, OTHER_KEY);
            chain.add(e);
            prev = e.hash();
        }
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 0)), 0, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).contains("contents were changed");
    }

    @Test
    void anEditWhoseHashWasRecomputedWithTheLegacyHashIsFound() {
        // plain SHA-256 is what anyone can compute: past the legacy segment it is refused
        List<AuditEntry> chain = chain(3, 0, KEY);
        chain.set(2, sealed(withReason(chain.get(2), "rewritten"), 3, KEY));
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 0)), 0, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).contains("contents were changed");
    }

    @Test
    void aTailRewrittenWithTheKeyIsFoundByTheCheckpoint() {
        // someone with the key rewrites entry 3 onwards and recomputes every hash: the checkpoint of entry 3 differs
        List<AuditEntry> chain = chain(4, 0, KEY);
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, 2));
        String prev = chain.get(1).hash();
        for (int seq = 3; seq <= 4; seq++) {
            AuditEntry e = sealed(entry(seq, prev, "rewritten " + seq), 0, KEY);
            rewritten.add(e);
            prev = e.hash();
        }
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(2), 0)), 0, rewritten);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).contains("checkpoint of " + AT.plusSeconds(3600)).contains("rewritten from here");
        assertThat(v.checkpointsChecked()).isZero();
    }

    @Test
    void theNewestEntriesDeletedAreFound() {
        List<AuditEntry> chain = chain(5, 0, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 0), checkpoint(2, chain.get(4), 0)), 0,
                chain.subList(0, 3));
        assertThat(v.firstBrokenSeq()).isEqualTo(4L);
        assertThat(v.problem()).contains("entries after 3 were removed").contains("records entry 5");
    }

    @Test
    void theNewestCheckpointCountsWhateverItsPlaceInTheFile() {
        // checkpoints of 5 then 2 (a restored backup appended an older one): the deletion of 4 and 5 is still found
        List<AuditEntry> chain = chain(5, 0, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(4), 0), checkpoint(2, chain.get(1), 0)), 0,
                chain.subList(0, 3));
        assertThat(v.firstBrokenSeq()).isEqualTo(4L);
        assertThat(v.problem()).contains("records entry 5");
    }

    @Test
    void theTruncationIsReportedWithTheFirstCheckpointThatRecordedTheNewestEntry() {
        // two checkpoints of entry 5 (the appender wrote it again an hour later): the first one is named
        List<AuditEntry> chain = chain(5, 0, KEY);
        Checkpoints.Checkpoint first = new Checkpoints.Checkpoint(1, 5, chain.get(4).hash(), 0, AT.plusSeconds(60),
                true);
        Checkpoints.Checkpoint again = new Checkpoints.Checkpoint(2, 5, chain.get(4).hash(), 0, AT.plusSeconds(3660),
                true);
        AuditVerification v = verify(List.of(first, again), 0, chain.subList(0, 3));
        assertThat(v.firstBrokenSeq()).isEqualTo(4L);
        assertThat(v.problem()).isEqualTo("entries after 3 were removed (the checkpoint of " + AT.plusSeconds(60)
                + " records entry 5)");
    }

    @Test
    void aChainEndingAtTheNewestCheckpointIsNotTruncated() {
        List<AuditEntry> chain = chain(3, 0, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(2), 0)), 0, chain);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.checkpointsChecked()).isEqualTo(1);
    }

    @Test
    void anEntryDeletedFromTheMiddleIsFound() {
        List<AuditEntry> chain = chain(4, 0, KEY);
        List<AuditEntry> gap = List.of(chain.get(0), chain.get(2), chain.get(3));
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(3), 0)), 0, gap);
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
        assertThat(v.problem()).isEqualTo("entry 2 is missing");
    }

    @Test
    void anEntryThatDoesNotLinkToTheOneBeforeIsFound() {
        List<AuditEntry> chain = chain(3, 0, KEY);
        // a well-hashed entry 3 that links to something other than entry 2
        chain.set(2, sealed(entry(3, chain.get(0).hash(), "reason 3"), 0, KEY));
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 0)), 0, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).isEqualTo("does not link to the entry before it");
    }

    @Test
    void theFirstEntryMustLinkToGenesis() {
        AuditEntry first = sealed(entry(1, "f".repeat(64), "reason 1"), 0, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, first, 0)), 0, List.of(first));
        assertThat(v.firstBrokenSeq()).isEqualTo(1L);
        assertThat(v.problem()).isEqualTo("does not link to the entry before it");
    }

    @Test
    void withoutCheckpointsAKeyedChainIsNotTakenOnTrust() {
        List<AuditEntry> chain = chain(4, 2, KEY);
        AuditVerification v = verify(List.of(), 2, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).contains("no checkpoints").contains(FILE.toString());
    }

    @Test
    void withoutCheckpointsAChainOfLegacyEntriesOnlyVerifies() {
        List<AuditEntry> chain = chain(3, 3, KEY);
        AuditVerification v = verify(List.of(), 3, chain);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(3);
        assertThat(v.checkpointsChecked()).isZero();
    }

    @Test
    void theLegacySegmentEndsExactlyWhereItWasRecorded() {
        // entry 2 is the last legacy one: hashed with SHA-256 it is intact, keyed it is not
        List<AuditEntry> chain = chain(3, 2, KEY);
        assertThat(verify(List.of(checkpoint(1, chain.get(2), 2)), 2, chain).intact()).isTrue();
        List<AuditEntry> keyedTooSoon = chain(3, 1, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, keyedTooSoon.get(2), 2)), 2, keyedTooSoon);
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void aChangedCheckpointIsFoundBeforeAnyEntryIsRead() {
        List<AuditEntry> chain = chain(3, 0, KEY);
        Checkpoints.Checkpoint forged = new Checkpoints.Checkpoint(2, 3, chain.get(2).hash(), 0, AT, false);
        ChainVerifier.Check check = new ChainVerifier.Check(List.of(checkpoint(1, chain.get(1), 0), forged), 0, KEY,
                FILE);
        chain.forEach(check::entry);
        AuditVerification v = check.result(0);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).isEqualTo("checkpoint 2 in audit-checkpoints was changed (its signature does not match)");
        assertThat(v.entriesChecked()).isZero();
        assertThat(v.checkpointsChecked()).isZero();
    }

    @Test
    void movingTheEndOfTheLegacySegmentIsFound() {
        // the attacker moves the end of the unkeyed segment forward so that plain SHA-256 hashes pass
        List<AuditEntry> chain = chain(4, 4, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 2)), 4, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).isEqualTo("the end of the unkeyed legacy segment was moved (checkpoint 1 has it at entry 2)");
        assertThat(v.entriesChecked()).isZero();
        // and backward
        AuditVerification back = verify(List.of(checkpoint(1, chain.get(1), 4)), 2, chain(4, 2, KEY));
        assertThat(back.firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void twoCheckpointsThatDisagreeAboutAnEntryAreFound() {
        List<AuditEntry> chain = chain(3, 0, KEY);
        Checkpoints.Checkpoint other = new Checkpoints.Checkpoint(4, 2, "e".repeat(64), 0, AT, true);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(1), 0), other), 0, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
        assertThat(v.problem()).isEqualTo("two checkpoints disagree about it (checkpoints 1 and 4)");
        assertThat(v.entriesChecked()).isZero();
    }

    @Test
    void twoCheckpointsOfTheSameEntryThatAgreeAreFine() {
        List<AuditEntry> chain = chain(3, 0, KEY);
        AuditVerification v = verify(List.of(checkpoint(1, chain.get(2), 0), checkpoint(2, chain.get(2), 0)), 0, chain);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.checkpointsChecked()).isEqualTo(1);
    }

    @Test
    void onlyTheFirstBadCheckpointIsReported() {
        List<AuditEntry> chain = chain(3, 0, KEY);
        Checkpoints.Checkpoint bad1 = new Checkpoints.Checkpoint(1, 1, chain.get(0).hash(), 0, AT, false);
        Checkpoints.Checkpoint bad2 = new Checkpoints.Checkpoint(2, 2, chain.get(1).hash(), 0, AT, false);
        AuditVerification v = verify(List.of(bad1, bad2), 0, chain);
        assertThat(v.firstBrokenSeq()).isEqualTo(1L);
        assertThat(v.problem()).startsWith("checkpoint 1 ");
    }
}
