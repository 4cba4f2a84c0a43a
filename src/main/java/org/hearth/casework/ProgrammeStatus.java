package org.hearth.casework;

/** Where a programme referral stands. */
public enum ProgrammeStatus {
    REFERRED("Waiting for assessment"),
    UNSUITABLE("Assessed as not suitable"),
    WAITING("Waiting for a place"),
    STARTED("On the programme"),
    COMPLETED("Completed"),
    ENDED("Stopped before completion");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == REFERRED || this == WAITING || this == STARTED;
    }
}
