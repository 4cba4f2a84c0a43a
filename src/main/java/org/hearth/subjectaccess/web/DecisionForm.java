package org.hearth.subjectaccess.web;

/** A second approver's rejection of a proposed correction: why. */
public class DecisionForm {

    private String decisionReason = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("decisionReason");

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
