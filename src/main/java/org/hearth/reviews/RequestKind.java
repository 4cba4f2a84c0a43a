package org.hearth.reviews;

/** What a review asks an agency for. */
public enum RequestKind {
    CHRONOLOGY("Chronology"),
    IMR("Individual management review");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
