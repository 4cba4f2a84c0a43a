package org.hearth.casework;

/** Where a case is: waiting in its service's queue, open with a worker, or closed. */
public enum CaseStatus {
    AWAITING_ALLOCATION("Awaiting allocation"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
