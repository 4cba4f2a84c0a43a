package org.hearth.people;

/** Sex as recorded. */
public enum Sex {
    FEMALE("Female"), MALE("Male"), NOT_KNOWN("Not known"), NOT_STATED("Prefers not to say");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
