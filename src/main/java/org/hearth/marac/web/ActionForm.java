package org.hearth.marac.web;

import org.hearth.platform.web.DateParts;

/** An action agreed at the meeting: whom it is for, what, the risk it addresses, the owner agency, the due date. */
public class ActionForm {

    private String subject;
    private String description;
    private String risk;
    private String owner;
    private DateParts dueOn = new DateParts();

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public DateParts getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateParts dueOn) {
        this.dueOn = dueOn;
    }
}
