package org.hearth.disclosure.web;

import org.hearth.platform.web.DateParts;

/** A stage reached, with its date and a note (the proof of identity seen, for the meeting). */
public class StageForm {

    private String stage = "";
    private DateParts reachedOn = new DateParts();
    private String note = "";
    private String riskLevel = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("stage", "reachedOn", "note", "riskLevel");


    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public DateParts getReachedOn() {
        return reachedOn;
    }

    public void setReachedOn(DateParts reachedOn) {
        this.reachedOn = reachedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }
}
