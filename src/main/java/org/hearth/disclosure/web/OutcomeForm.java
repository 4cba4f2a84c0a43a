package org.hearth.disclosure.web;

import org.hearth.platform.web.DateParts;

/** The outcome: the disclosure (to whom, by whom, the safety plan) or the reason for none. */
public class OutcomeForm {

    private DateParts closedOn = new DateParts();
    private String recipient = "";
    private String deliveredBy = "";
    private String safetyPlan = "";
    private String noDisclosureReason = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("closedOn", "recipient", "deliveredBy", "safetyPlan", "noDisclosureReason");


    public DateParts getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(DateParts closedOn) {
        this.closedOn = closedOn;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    public void setDeliveredBy(String deliveredBy) {
        this.deliveredBy = deliveredBy;
    }

    public String getSafetyPlan() {
        return safetyPlan;
    }

    public void setSafetyPlan(String safetyPlan) {
        this.safetyPlan = safetyPlan;
    }

    public String getNoDisclosureReason() {
        return noDisclosureReason;
    }

    public void setNoDisclosureReason(String noDisclosureReason) {
        this.noDisclosureReason = noDisclosureReason;
    }
}
