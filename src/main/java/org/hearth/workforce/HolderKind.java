package org.hearth.workforce;

/** Who applies for the Quality Mark: a member agency of the partnership or a school in the encompass register. */
public enum HolderKind {
    AGENCY("Agency"),
    SCHOOL("School");

    private final String label;

    HolderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
