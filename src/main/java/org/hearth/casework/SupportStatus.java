package org.hearth.casework;

/** Where an intervention of the support plan is. */
public enum SupportStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    STOPPED("Stopped");

    private final String label;

    SupportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
