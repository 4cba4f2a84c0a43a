package org.hearth.people;

/** Whether the person has a disability (Equality Act 2010 definition), as they describe it. */
public enum Disability {
    YES("Yes"), NO("No"), NOT_KNOWN("Not known"), NOT_STATED("Prefers not to say");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
