package org.hearth.strategy;

/**
 * The answer to one question in one assessment. {@code yes} is null while unanswered; {@code proposed} is what
 * Hearth proposed when the answer was saved (null when it held no evidence); {@code overridden} when the
 * coordinator answered otherwise, which needs evidence text.
 */
public record Bvpi225Answer(int question, Boolean yes, Rag rag, String evidence, Boolean proposed, boolean overridden) {

    /** An answer as a coordinator gives it; the assessments work out {@code proposed} and {@code overridden}. */
    public static Bvpi225Answer of(int question, Boolean yes, Rag rag, String evidence) {
        return new Bvpi225Answer(question, yes, rag, evidence, null, false);
    }

    public static Bvpi225Answer unanswered(int question) {
        return of(question, null, null, null);
    }

    public boolean answered() {
        return yes != null;
    }

    /** Answered and given a RAG status: what reporting needs. */
    public boolean complete() {
        return yes != null && rag != null;
    }
}
