package org.hearth.reviews.web;

import org.hearth.platform.web.DateParts;

/** The notification of a death: the register entry. */
public class NotificationForm {

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("pseudonym", "deceasedGivenName", "deceasedFamilyName", "deceasedBornOn", "perpetratorGivenName", "perpetratorFamilyName", "perpetratorBornOn", "diedOn", "notifiedOn", "notifyingAgency", "circumstances");

    private String pseudonym = "";
    private String deceasedGivenName = "";
    private String deceasedFamilyName = "";
    private DateParts deceasedBornOn = new DateParts();
    private String perpetratorGivenName = "";
    private String perpetratorFamilyName = "";
    private DateParts perpetratorBornOn = new DateParts();
    private DateParts diedOn = new DateParts();
    private DateParts notifiedOn = new DateParts();
    private String notifyingAgency = "";
    private String circumstances = "";

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getDeceasedGivenName() {
        return deceasedGivenName;
    }

    public void setDeceasedGivenName(String deceasedGivenName) {
        this.deceasedGivenName = deceasedGivenName;
    }

    public String getDeceasedFamilyName() {
        return deceasedFamilyName;
    }

    public void setDeceasedFamilyName(String deceasedFamilyName) {
        this.deceasedFamilyName = deceasedFamilyName;
    }

    public DateParts getDeceasedBornOn() {
        return deceasedBornOn;
    }

    public void setDeceasedBornOn(DateParts deceasedBornOn) {
        this.deceasedBornOn = deceasedBornOn;
    }

    public String getPerpetratorGivenName() {
        return perpetratorGivenName;
    }

    public void setPerpetratorGivenName(String perpetratorGivenName) {
        this.perpetratorGivenName = perpetratorGivenName;
    }

    public String getPerpetratorFamilyName() {
        return perpetratorFamilyName;
    }

    public void setPerpetratorFamilyName(String perpetratorFamilyName) {
        this.perpetratorFamilyName = perpetratorFamilyName;
    }

    public DateParts getPerpetratorBornOn() {
        return perpetratorBornOn;
    }

    public void setPerpetratorBornOn(DateParts perpetratorBornOn) {
        this.perpetratorBornOn = perpetratorBornOn;
    }

    public DateParts getDiedOn() {
        return diedOn;
    }

    public void setDiedOn(DateParts diedOn) {
        this.diedOn = diedOn;
    }

    public DateParts getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(DateParts notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public String getNotifyingAgency() {
        return notifyingAgency;
    }

    public void setNotifyingAgency(String notifyingAgency) {
        this.notifyingAgency = notifyingAgency;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }
}
