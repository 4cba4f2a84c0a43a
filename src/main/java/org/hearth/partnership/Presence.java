package org.hearth.partnership;

/** How an agency, or a named representative, was at a meeting. Apologies are not attendance. */
public enum Presence {
    ATTENDED("Attended"),
    APOLOGIES("Sent apologies"),
    ABSENT("Absent");

    private final String label;

    Presence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
