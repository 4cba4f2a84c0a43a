package org.hearth.partnership;

/**
 * The kinds of group a partnership has. Seed 001 §4: healthy partnerships separate a strategic group, a
 * practitioners' forum (BVPI 225 item 5 asks that it meets 4 or more times a year) and an operational group.
 */
public enum GroupKind {
    STRATEGIC_BOARD("Strategic board"),
    FORUM("Forum"),
    OPERATIONAL_GROUP("Operational group"),
    MARAC_STEERING_GROUP("MARAC steering group"),
    SUB_GROUP("Sub-group"),
    OTHER("Other");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
