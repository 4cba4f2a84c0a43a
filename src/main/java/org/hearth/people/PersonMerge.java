package org.hearth.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One merge, as recorded: who survived, who was merged away, who decided and why, and what moved (rows per
 * table). {@code unmergedAt} is set once it was undone.
 */
public record PersonMerge(MergeId id, PersonId survivor, String survivorName, PersonId merged, String mergedName,
        String reason, boolean forced, String forceReason, List<String> conflicts, String mergedBy, Instant mergedAt,
        String unmergedBy, Instant unmergedAt, String unmergeReason, Map<String, Integer> rowsByTable) {

    public boolean undone() {
        return unmergedAt != null;
    }
}
