package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** A chronology or individual management review asked of an agency. */
public class RequestForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("agency", "kind", "dueOn");

    private String agency = "";
    private String kind = "";
    private DateParts dueOn = new DateParts();

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateParts getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateParts dueOn) {
        this.dueOn = dueOn;
    }
}
