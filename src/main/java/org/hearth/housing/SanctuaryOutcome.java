package org.hearth.housing;

/** How a sanctuary referral ended. */
public enum SanctuaryOutcome {
    STAYED_SAFELY("Stayed safely"),
    MOVED("Moved"),
    FAILED("Failed (the home could not be made safe)");

    private final String label;

    SanctuaryOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
