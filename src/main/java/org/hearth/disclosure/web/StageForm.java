package org.hearth.disclosure.web;

/**
 * A stage reached, with its date and a note (the proof of identity seen, for the meeting), and the risk level the
 * risk assessment stage records.
 */
public class StageForm extends org.hearth.platform.web.StageForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("stage", "reachedOn", "note", "riskLevel");

    private String riskLevel = "";

    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }
}
