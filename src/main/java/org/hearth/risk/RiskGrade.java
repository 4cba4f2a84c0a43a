package org.hearth.risk;

/** The risk grade: suggested by the score's band, finally decided by the assessor. */
public enum RiskGrade {
    STANDARD("Standard"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    RiskGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAbove(RiskGrade other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(RiskGrade other) {
        return compareTo(other) < 0;
    }
}
