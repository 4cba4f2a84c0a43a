package org.hearth.housing;

/** The outcome of a refuge referral: the categories that show where the system fails (Women's Aid). */
public enum RefugeOutcome {
    ACCEPTED("Accepted", false),
    NO_SPACE("No space", false),
    DECLINED_BY_REFUGE("Declined by the refuge", true),
    DECLINED_BY_VICTIM("Declined by the victim", false),
    NOT_SUITABLE("Not suitable", true);

    private final String label;
    private final boolean needsReason;

    RefugeOutcome(String label, boolean needsReason) {
        this.label = label;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    /** Declined by the refuge and not suitable need a {@link DeclineReason}. */
    public boolean needsReason() {
        return needsReason;
    }
}
