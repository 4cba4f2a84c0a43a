package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** Progress on a recommendation. */
public class ProgressForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("recommendation", "status", "completedOn", "evidence");

    private String recommendation = "";
    private String status = "";
    private DateParts completedOn = new DateParts();
    private String evidence = "";

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public DateParts getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(DateParts completedOn) {
        this.completedOn = completedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }
}
