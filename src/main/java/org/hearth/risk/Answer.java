package org.hearth.risk;

/** An answer to one risk identification question. Only {@link #YES} counts towards the score. */
public enum Answer {
    YES("Yes"), NO("No"), DONT_KNOW("Don't know"), NOT_ASKED("Not asked");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
