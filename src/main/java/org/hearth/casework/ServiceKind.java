package org.hearth.casework;

/** What a case-holding service does. */
public enum ServiceKind {
    IDVA("IDVA service"),
    OUTREACH("Outreach"),
    YOUNG_PEOPLES_IDVA("Young people's IDVA"),
    CHILDREN_WORKER("Children and young people's worker"),
    REFUGE_SUPPORT("Refuge support");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
