package org.hearth.strategy.web;

import org.hearth.platform.web.DateParts;

/** Adding an action to the plan (perhaps from a gap in the partnership checklist). Fields as typed, so nothing fails to bind; the module checks them. */
public class ActionForm {

    private String area = "";
    private String description = "";
    private String owner = "";
    private DateParts dueOn = new DateParts();
    private String rag = "";
    private String fromAnswer = "";

    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public DateParts getDueOn() { return dueOn; }
    public void setDueOn(DateParts dueOn) { this.dueOn = dueOn; }
    public String getRag() { return rag; }
    public void setRag(String rag) { this.rag = rag; }
    public String getFromAnswer() { return fromAnswer; }
    public void setFromAnswer(String fromAnswer) { this.fromAnswer = fromAnswer; }
}
