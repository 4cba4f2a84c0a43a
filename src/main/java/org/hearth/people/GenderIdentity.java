package org.hearth.people;

/**
 * Gender identity, coded (after the 2021 Census question "Is the gender you identify with the same as your sex
 * registered at birth?"), beside any free text in the person's own words. Every identity other than the sex
 * registered at birth counts as trans, so as LGBT+, in the SafeLives MARAC data return.
 */
public enum GenderIdentity {
    SAME_AS_SEX_AT_BIRTH("The same as their sex registered at birth"),
    TRANS_WOMAN("Trans woman"),
    TRANS_MAN("Trans man"),
    NON_BINARY("Non-binary"),
    OTHER("Another gender identity"),
    NOT_STATED("Prefers not to say"),
    NOT_KNOWN("Not known");

    private final String label;

    GenderIdentity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A gender identity different from the sex registered at birth (counted as LGBT+). */
    public boolean trans() {
        return this == TRANS_WOMAN || this == TRANS_MAN || this == NON_BINARY || this == OTHER;
    }
}
