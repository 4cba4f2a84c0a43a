package org.hearth.casework;

/** When a case asks for a new DASH: at intake, on an escalation, at exit. */
public enum RiskStage {
    INTAKE("Intake"),
    ESCALATION("Escalation"),
    EXIT("Exit");

    private final String label;

    RiskStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
