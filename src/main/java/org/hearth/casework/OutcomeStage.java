package org.hearth.casework;

/** When outcomes are recorded (SafeLives Insights): at intake, at a review, at exit. */
public enum OutcomeStage {
    INTAKE("Intake"),
    REVIEW("Review"),
    EXIT("Exit");

    private final String label;

    OutcomeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
