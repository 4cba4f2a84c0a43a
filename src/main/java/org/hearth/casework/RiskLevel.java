package org.hearth.casework;

/** The worker's view of the risk at a stage of the case. */
public enum RiskLevel {
    HIGH("High"),
    MEDIUM("Medium"),
    STANDARD("Standard");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
