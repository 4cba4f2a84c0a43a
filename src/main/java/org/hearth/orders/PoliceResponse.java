package org.hearth.orders;

/** What the police did about a breach. */
public enum PoliceResponse {
    ARRESTED("Arrested"),
    CHARGED("Charged"),
    CAUTIONED("Cautioned"),
    UNDER_INVESTIGATION("Under investigation"),
    NO_FURTHER_ACTION("No further action"),
    NOT_REPORTED("Not reported to the police");

    private final String label;

    PoliceResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
