package org.hearth.subjectaccess.web;


/** A reviewer's decision on one flagged item. */
public class ReviewForm {

    private String item = "";
    private String decision = "";
    private String reason = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("item", "decision", "reason");

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
