package org.hearth.casework;

/** Where a request for a special measure stands. */
public enum MeasureStatus {
    REQUESTED("Requested"),
    GRANTED("Granted"),
    REFUSED("Refused");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
