package org.hearth.orders.web;

import org.hearth.platform.web.DateParts;

/** A breach of an order: its date, the police response and any details. */
public class BreachForm {

    static final java.util.List<String> FIELDS = java.util.List.of("occurredOn", "policeResponse", "details");

    private DateParts occurredOn = new DateParts();
    private String policeResponse = "";
    private String details = "";

    public DateParts getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(DateParts occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPoliceResponse() {
        return policeResponse;
    }

    public void setPoliceResponse(String policeResponse) {
        this.policeResponse = policeResponse;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
