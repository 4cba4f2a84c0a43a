package org.hearth.disclosure.web;

import org.hearth.platform.web.DateParts;

/** The decision forum: date, members, decision, and why disclosure is lawful, necessary and proportionate. */
public class DecisionForm {

    private DateParts forumOn = new DateParts();
    private String members = "";
    private java.util.List<String> agencies = new java.util.ArrayList<>();
    private String disclose = "";
    private String lawful = "";
    private String necessary = "";
    private String proportionate = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("forumOn", "members", "agencies", "disclose", "lawful", "necessary", "proportionate");


    public DateParts getForumOn() {
        return forumOn;
    }

    public void setForumOn(DateParts forumOn) {
        this.forumOn = forumOn;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public String getDisclose() {
        return disclose;
    }

    public void setDisclose(String disclose) {
        this.disclose = disclose;
    }

    public String getLawful() {
        return lawful;
    }

    public void setLawful(String lawful) {
        this.lawful = lawful;
    }

    public String getNecessary() {
        return necessary;
    }

    public void setNecessary(String necessary) {
        this.necessary = necessary;
    }

    public String getProportionate() {
        return proportionate;
    }

    public void setProportionate(String proportionate) {
        this.proportionate = proportionate;
    }

    public java.util.List<String> getAgencies() {
        return agencies;
    }

    public void setAgencies(java.util.List<String> agencies) {
        this.agencies = agencies == null ? new java.util.ArrayList<>() : agencies;
    }
}
