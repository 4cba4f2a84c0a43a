package org.hearth.disclosure.web;

import org.hearth.platform.web.DateParts;

/** A new application: the route, when it came, and the people on it (each by name and date of birth). */
public class ApplicationForm {

    private String route = "";
    private DateParts receivedOn = new DateParts();
    private String askedBy = "SELF";
    private String applicantGivenName = "";
    private String applicantFamilyName = "";
    private DateParts applicantBornOn = new DateParts();
    private String applicantRelationship = "";
    private String atRiskGivenName = "";
    private String atRiskFamilyName = "";
    private DateParts atRiskBornOn = new DateParts();
    private String subjectGivenName = "";
    private String subjectFamilyName = "";
    private DateParts subjectBornOn = new DateParts();
    private boolean immediateRisk = false;
    private String immediateRiskAction = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("route", "receivedOn", "askedBy", "applicantGivenName", "applicantFamilyName", "applicantBornOn", "applicantRelationship", "atRiskGivenName", "atRiskFamilyName", "atRiskBornOn", "subjectGivenName", "subjectFamilyName", "subjectBornOn", "immediateRisk", "immediateRiskAction");


    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public DateParts getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(DateParts receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public void setAskedBy(String askedBy) {
        this.askedBy = askedBy;
    }

    public String getApplicantGivenName() {
        return applicantGivenName;
    }

    public void setApplicantGivenName(String applicantGivenName) {
        this.applicantGivenName = applicantGivenName;
    }

    public String getApplicantFamilyName() {
        return applicantFamilyName;
    }

    public void setApplicantFamilyName(String applicantFamilyName) {
        this.applicantFamilyName = applicantFamilyName;
    }

    public DateParts getApplicantBornOn() {
        return applicantBornOn;
    }

    public void setApplicantBornOn(DateParts applicantBornOn) {
        this.applicantBornOn = applicantBornOn;
    }

    public String getApplicantRelationship() {
        return applicantRelationship;
    }

    public void setApplicantRelationship(String applicantRelationship) {
        this.applicantRelationship = applicantRelationship;
    }

    public String getAtRiskGivenName() {
        return atRiskGivenName;
    }

    public void setAtRiskGivenName(String atRiskGivenName) {
        this.atRiskGivenName = atRiskGivenName;
    }

    public String getAtRiskFamilyName() {
        return atRiskFamilyName;
    }

    public void setAtRiskFamilyName(String atRiskFamilyName) {
        this.atRiskFamilyName = atRiskFamilyName;
    }

    public DateParts getAtRiskBornOn() {
        return atRiskBornOn;
    }

    public void setAtRiskBornOn(DateParts atRiskBornOn) {
        this.atRiskBornOn = atRiskBornOn;
    }

    public String getSubjectGivenName() {
        return subjectGivenName;
    }

    public void setSubjectGivenName(String subjectGivenName) {
        this.subjectGivenName = subjectGivenName;
    }

    public String getSubjectFamilyName() {
        return subjectFamilyName;
    }

    public void setSubjectFamilyName(String subjectFamilyName) {
        this.subjectFamilyName = subjectFamilyName;
    }

    public DateParts getSubjectBornOn() {
        return subjectBornOn;
    }

    public void setSubjectBornOn(DateParts subjectBornOn) {
        this.subjectBornOn = subjectBornOn;
    }

    public boolean isImmediateRisk() {
        return immediateRisk;
    }

    public void setImmediateRisk(boolean immediateRisk) {
        this.immediateRisk = immediateRisk;
    }

    public String getImmediateRiskAction() {
        return immediateRiskAction;
    }

    public void setImmediateRiskAction(String immediateRiskAction) {
        this.immediateRiskAction = immediateRiskAction;
    }
}
