package org.hearth.subjectaccess.web;

import org.hearth.platform.web.DateParts;

/** The proof of identity checked. */
public class IdentityForm {

    private DateParts identityCheckedOn = new DateParts();
    private String identityEvidence = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("identityCheckedOn", "identityEvidence");

    public DateParts getIdentityCheckedOn() {
        return identityCheckedOn;
    }

    public void setIdentityCheckedOn(DateParts identityCheckedOn) {
        this.identityCheckedOn = identityCheckedOn;
    }

    public String getIdentityEvidence() {
        return identityEvidence;
    }

    public void setIdentityEvidence(String identityEvidence) {
        this.identityEvidence = identityEvidence;
    }
}
