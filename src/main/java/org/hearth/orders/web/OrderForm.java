package org.hearth.orders.web;

import org.hearth.platform.web.DateParts;

/**
 * The form recording an order on a person's page: the person is protected by it or its subject; the other party is
 * chosen from their record. Dates are three boxes each, times "14:30" (UK time).
 */
public class OrderForm {

    private String type = "";
    private String role = "PROTECTED";
    private String other = "";
    private String applicant = "";
    private String applicantDetail = "";
    private String authorisedBy = "";
    private DateParts madeAt = new DateParts();
    private String madeAtTime = "";
    private DateParts noticeAt = new DateParts();
    private String noticeAtTime = "";
    private DateParts servedAt = new DateParts();
    private String servedAtTime = "";
    private DateParts hearingAt = new DateParts();
    private String hearingAtTime = "";
    private DateParts startsOn = new DateParts();
    private DateParts endsOn = new DateParts();
    private String conditions = "";
    private boolean electronicMonitoring;
    private DateParts subjectNotifiedAt = new DateParts();
    private String subjectNotifiedAtTime = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("type", "role", "other", "applicant",
            "applicantDetail", "authorisedBy", "madeAt", "madeAtTime", "noticeAt", "noticeAtTime", "hearingAt",
            "hearingAtTime", "servedAt", "servedAtTime", "startsOn", "endsOn", "conditions", "electronicMonitoring",
            "subjectNotifiedAt", "subjectNotifiedAtTime");

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOther() {
        return other;
    }

    public void setOther(String other) {
        this.other = other;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public String getApplicantDetail() {
        return applicantDetail;
    }

    public void setApplicantDetail(String applicantDetail) {
        this.applicantDetail = applicantDetail;
    }

    public String getAuthorisedBy() {
        return authorisedBy;
    }

    public void setAuthorisedBy(String authorisedBy) {
        this.authorisedBy = authorisedBy;
    }

    public DateParts getMadeAt() {
        return madeAt;
    }

    public void setMadeAt(DateParts madeAt) {
        this.madeAt = madeAt;
    }

    public String getMadeAtTime() {
        return madeAtTime;
    }

    public void setMadeAtTime(String madeAtTime) {
        this.madeAtTime = madeAtTime;
    }

    public DateParts getNoticeAt() {
        return noticeAt;
    }

    public void setNoticeAt(DateParts noticeAt) {
        this.noticeAt = noticeAt;
    }

    public String getNoticeAtTime() {
        return noticeAtTime;
    }

    public void setNoticeAtTime(String noticeAtTime) {
        this.noticeAtTime = noticeAtTime;
    }

    public DateParts getServedAt() {
        return servedAt;
    }

    public void setServedAt(DateParts servedAt) {
        this.servedAt = servedAt;
    }

    public String getServedAtTime() {
        return servedAtTime;
    }

    public void setServedAtTime(String servedAtTime) {
        this.servedAtTime = servedAtTime;
    }

    public DateParts getHearingAt() {
        return hearingAt;
    }

    public void setHearingAt(DateParts hearingAt) {
        this.hearingAt = hearingAt;
    }

    public String getHearingAtTime() {
        return hearingAtTime;
    }

    public void setHearingAtTime(String hearingAtTime) {
        this.hearingAtTime = hearingAtTime;
    }

    public DateParts getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateParts startsOn) {
        this.startsOn = startsOn;
    }

    public DateParts getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateParts endsOn) {
        this.endsOn = endsOn;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public boolean isElectronicMonitoring() {
        return electronicMonitoring;
    }

    public void setElectronicMonitoring(boolean electronicMonitoring) {
        this.electronicMonitoring = electronicMonitoring;
    }

    public DateParts getSubjectNotifiedAt() {
        return subjectNotifiedAt;
    }

    public void setSubjectNotifiedAt(DateParts subjectNotifiedAt) {
        this.subjectNotifiedAt = subjectNotifiedAt;
    }

    public String getSubjectNotifiedAtTime() {
        return subjectNotifiedAtTime;
    }

    public void setSubjectNotifiedAtTime(String subjectNotifiedAtTime) {
        this.subjectNotifiedAtTime = subjectNotifiedAtTime;
    }
}
