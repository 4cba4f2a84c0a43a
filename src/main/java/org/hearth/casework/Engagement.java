package org.hearth.casework;

/** Whether the person is engaging with the service. */
public enum Engagement {
    ENGAGED("Engaged"),
    NOT_ENGAGED("Not engaged"),
    DECLINED("Declined"),
    UNCONTACTABLE("Uncontactable");

    private final String label;

    Engagement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
