package org.hearth.people;

/**
 * Sexual orientation, coded (the categories of the 2021 Census question for England and Wales), beside any free text
 * in the person's own words. Counted as LGBT+ in the SafeLives MARAC data return: gay or lesbian, bisexual, and
 * another orientation.
 */
public enum SexualOrientation {
    HETEROSEXUAL("Straight or heterosexual"),
    GAY_OR_LESBIAN("Gay or lesbian"),
    BISEXUAL("Bisexual"),
    OTHER("Another sexual orientation"),
    NOT_STATED("Prefers not to say"),
    NOT_KNOWN("Not known");

    private final String label;

    SexualOrientation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted as LGBT+ (lesbian, gay, bisexual and other orientations). */
    public boolean lgbt() {
        return this == GAY_OR_LESBIAN || this == BISEXUAL || this == OTHER;
    }
}
