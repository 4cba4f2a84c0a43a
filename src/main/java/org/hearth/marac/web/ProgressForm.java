package org.hearth.marac.web;

/** A progress note on a MARAC action, with its evidence; {@code complete} closes the action. */
public class ProgressForm {

    private String note;
    private String evidence;
    private boolean complete;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }
}
