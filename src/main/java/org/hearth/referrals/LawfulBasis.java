package org.hearth.referrals;

/** Lawful bases for sharing without consent. */
public enum LawfulBasis {
    VITAL_INTERESTS("To protect someone's life (vital interests)"),
    CHILD_SAFEGUARDING("Safeguarding a child (Children Act 1989)"),
    ADULT_SAFEGUARDING("Safeguarding an adult at risk (Care Act 2014)"),
    CRIME_PREVENTION("Preventing or detecting crime (Data Protection Act 2018, Schedule 2)"),
    PUBLIC_TASK("A public task in law (UK GDPR Article 6(1)(e))");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
