package org.hearth.disclosure;

/** The risk to the person at risk found by the application's risk assessment. */
public enum RiskLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
