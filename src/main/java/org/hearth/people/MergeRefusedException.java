package org.hearth.people;

import java.util.List;

/**
 * A merge (or unmerge) that may not be made as asked. {@code conflicts}: confirmed identities of the two records
 * that disagree (a merge may then be forced with a reason); empty when refused for another reason (already merged,
 * the same record twice...), which {@code getMessage()} says without personal data.
 */
public class MergeRefusedException extends RuntimeException {

    private final List<String> conflicts;

    public MergeRefusedException(String message, List<String> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }

    /** True when forcing the merge with a reason would let it through. */
    public boolean forceable() {
        return !conflicts.isEmpty();
    }
}
