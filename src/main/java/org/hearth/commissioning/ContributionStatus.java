package org.hearth.commissioning;

/** Whether a partner's money is committed (agreed) or only pledged. */
public enum ContributionStatus {
    COMMITTED("Committed"), PLEDGED("Pledged");

    private final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
