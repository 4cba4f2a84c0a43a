package org.hearth.subjectaccess.web;

import org.hearth.platform.web.DateParts;

/**
 * The representative's own proof of identity checked (beside the person's, which it carries from {@link IdentityForm}
 * for the request form; its own sub-form posts only the representative's).
 */
public class RepresentativeForm extends IdentityForm {

    private DateParts representativeCheckedOn = new DateParts();
    private String representativeEvidence = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("representativeCheckedOn", "representativeEvidence");

    public DateParts getRepresentativeCheckedOn() {
        return representativeCheckedOn;
    }

    public void setRepresentativeCheckedOn(DateParts representativeCheckedOn) {
        this.representativeCheckedOn = representativeCheckedOn;
    }

    public String getRepresentativeEvidence() {
        return representativeEvidence;
    }

    public void setRepresentativeEvidence(String representativeEvidence) {
        this.representativeEvidence = representativeEvidence == null ? "" : representativeEvidence;
    }
}
