package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** The decision whether to hold a review. */
public class DecisionForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("decidedOn", "hold", "rationale", "homeOfficeToldOn");

    private DateParts decidedOn = new DateParts();
    private String hold = "";
    private String rationale = "";
    private DateParts homeOfficeToldOn = new DateParts();

    public DateParts getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(DateParts decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getHold() {
        return hold;
    }

    public void setHold(String hold) {
        this.hold = hold;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public DateParts getHomeOfficeToldOn() {
        return homeOfficeToldOn;
    }

    public void setHomeOfficeToldOn(DateParts homeOfficeToldOn) {
        this.homeOfficeToldOn = homeOfficeToldOn;
    }
}
