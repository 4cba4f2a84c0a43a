package org.hearth.subjectaccess.web;

import org.hearth.platform.web.DateParts;

/** A correction of the person's record. */
public class CorrectionForm {

    private String field = "";
    private String newValue = "";
    private DateParts newDate = new DateParts();
    private String reason = "";
    private String requestedBy = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("field", "newValue", "newDate", "reason", "requestedBy");

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getNewValue() {
        return newValue;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }

    public DateParts getNewDate() {
        return newDate;
    }

    public void setNewDate(DateParts newDate) {
        this.newDate = newDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }
}
