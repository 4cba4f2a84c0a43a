package org.hearth.strategy;

import java.util.List;

/**
 * What Hearth proposes for one question from the records it holds, and why. {@code yes} is null when it holds no
 * evidence (e.g. the population is unknown); {@code workings} are the figures behind the proposal, one a line.
 */
public record Bvpi225Proposal(int question, Boolean yes, String reasoning, List<String> workings) {

    public Bvpi225Proposal {
        workings = List.copyOf(workings);
    }

    /** The proposal for a question no module holds evidence for. */
    public static Bvpi225Proposal none(int question) {
        return new Bvpi225Proposal(question, null, "Hearth holds no evidence for this yet.", List.of());
    }

    public boolean hasAnswer() {
        return yes != null;
    }

    /** True when {@code answer} differs from a proposed answer (answering what Hearth has no evidence for is not). */
    public boolean overriddenBy(Boolean answer) {
        return yes != null && answer != null && !yes.equals(answer);
    }
}
