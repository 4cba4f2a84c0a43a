package org.hearth.subjectaccess.web;

import org.hearth.platform.web.DateParts;

/**
 * A new subject access request: who asked, when, the identity checks (as {@link IdentityForm} and
 * {@link RepresentativeForm} record them later), and the person it is about.
 */
public class RequestForm extends RepresentativeForm {

    private DateParts receivedOn = new DateParts();
    private String requesterName = "";
    private String requesterRole = "";
    private String givenName = "";
    private String familyName = "";
    private DateParts dateOfBirth = new DateParts();
    private String representativeName = "";
    private String representativeKind = "";
    private String representativeAuthority = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("receivedOn", "requesterName", "requesterRole", "identityCheckedOn", "identityEvidence", "representativeName", "representativeKind", "representativeAuthority", "representativeCheckedOn", "representativeEvidence", "givenName", "familyName", "dateOfBirth");

    public DateParts getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(DateParts receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public String getRequesterRole() {
        return requesterRole;
    }

    public void setRequesterRole(String requesterRole) {
        this.requesterRole = requesterRole;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public DateParts getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateParts dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /** True when any of the representative's fields is filled in: the request is then made by a representative. */
    boolean byRepresentative() {
        return !representativeName.isBlank() || !representativeKind.isBlank() || !representativeAuthority.isBlank()
                || !getRepresentativeEvidence().isBlank() || !getRepresentativeCheckedOn().blank();
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName == null ? "" : representativeName;
    }

    public String getRepresentativeKind() {
        return representativeKind;
    }

    public void setRepresentativeKind(String representativeKind) {
        this.representativeKind = representativeKind == null ? "" : representativeKind;
    }

    public String getRepresentativeAuthority() {
        return representativeAuthority;
    }

    public void setRepresentativeAuthority(String representativeAuthority) {
        this.representativeAuthority = representativeAuthority == null ? "" : representativeAuthority;
    }
}
