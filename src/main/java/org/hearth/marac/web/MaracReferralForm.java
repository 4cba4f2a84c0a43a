package org.hearth.marac.web;

import java.util.ArrayList;
import java.util.List;

/** The referral to MARAC from a person's page, as typed. */
public class MaracReferralForm {

    private String marac;
    private List<String> perpetrators = new ArrayList<>();
    private List<String> criteria = new ArrayList<>();
    private String judgementReason;
    private String consent;
    private String lawfulBasis;
    private String consentReason;

    public String getMarac() {
        return marac;
    }

    public void setMarac(String marac) {
        this.marac = marac;
    }

    public List<String> getPerpetrators() {
        return perpetrators;
    }

    public void setPerpetrators(List<String> perpetrators) {
        this.perpetrators = perpetrators;
    }

    public List<String> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<String> criteria) {
        this.criteria = criteria;
    }

    public String getJudgementReason() {
        return judgementReason;
    }

    public void setJudgementReason(String judgementReason) {
        this.judgementReason = judgementReason;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(String lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getConsentReason() {
        return consentReason;
    }

    public void setConsentReason(String consentReason) {
        this.consentReason = consentReason;
    }
}
