package org.hearth.casework;

/** A milestone of the criminal case the victim is supported through. */
public enum CourtEventKind {
    CHARGE("Charge"),
    FIRST_HEARING("First hearing"),
    TRIAL("Trial"),
    VERDICT("Verdict"),
    SENTENCE("Sentence"),
    OTHER_HEARING("Other hearing");

    private final String label;

    CourtEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
