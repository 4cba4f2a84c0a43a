package org.hearth.disclosure.web;

import org.hearth.platform.web.DateParts;

/** An agency's answer to a check: whether it holds relevant information, and a summary. */
public class CheckAnswerForm {

    private String holdsInformation = "";
    private String response = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("holdsInformation", "response");


    public String getHoldsInformation() {
        return holdsInformation;
    }

    public void setHoldsInformation(String holdsInformation) {
        this.holdsInformation = holdsInformation;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
