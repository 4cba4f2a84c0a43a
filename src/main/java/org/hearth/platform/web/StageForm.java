package org.hearth.platform.web;

import java.util.List;

/**
 * A stage of a record reached, with its date and a note: a death review's, a Clare's Law application's (whose form
 * adds the risk level, {@code disclosure.web.StageForm}). The stage is the module's own enum, read by name.
 */
public class StageForm {

    /** The fields in page order, for the error summary. */
    public static final List<String> FIELDS = List.of("stage", "reachedOn", "note");

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
