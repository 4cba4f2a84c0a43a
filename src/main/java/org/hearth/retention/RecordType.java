package org.hearth.retention;

/** The kinds of person record the retention schedule has a rule for; which one a person falls under is computed. */
public enum RecordType {
    ADULT("Adult"),
    CHILD("Child"),
    DEATH_REVIEW("Person in a death review");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
