package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** A stage reached, with its date and a note. */
public class StageForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("stage", "reachedOn", "note");

    private String stage = "";
    private DateParts reachedOn = new DateParts();
    private String note = "";

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
}
