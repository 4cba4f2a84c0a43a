package org.hearth.people;

/** How one person is related to another. {@code PARENT_OF} reads from the first person to the second. */
public enum RelationshipKind {
    INTIMATE_PARTNER("Intimate partner"),
    EX_PARTNER("Ex-partner"),
    FAMILY_MEMBER("Family member"),
    CARER("Carer"),
    PARENT_OF("Parent of"),
    HOUSEHOLD_MEMBER("Household member");

    private final String label;

    RelationshipKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
