package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** The day an agency returned what was asked. */
public class ReturnForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("request", "returnedOn");

    private String request = "";
    private DateParts returnedOn = new DateParts();

    public DateParts getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(DateParts returnedOn) {
        this.returnedOn = returnedOn;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }
}
