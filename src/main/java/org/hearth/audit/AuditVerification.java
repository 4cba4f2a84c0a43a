package org.hearth.audit;

/**
 * The result of recomputing the chain.
 *
 * @param entriesChecked how many entries were checked
 * @param firstBrokenSeq the first entry whose hash or link does not match, or {@code null} when intact
 * @param problem what is wrong with that entry, or {@code null}
 */
public record AuditVerification(long entriesChecked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
