package org.hearth.audit;

/**
 * The result of checking the chain and its checkpoints.
 *
 * @param entriesChecked how many chained entries were checked
 * @param firstBrokenSeq the first entry whose hash or link does not match, or that a checkpoint contradicts, or
 *     {@code null} when intact
 * @param problem what is wrong with that entry, or {@code null}
 * @param pending entries committed but not yet chained (normally chained within a second; not tampering)
 * @param checkpointsChecked how many checkpoints were read and found to match
 */
public record AuditVerification(long entriesChecked, Long firstBrokenSeq, String problem, long pending,
        long checkpointsChecked) {

    public AuditVerification(long entriesChecked, Long firstBrokenSeq, String problem) {
        this(entriesChecked, firstBrokenSeq, problem, 0, 0);
    }

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
