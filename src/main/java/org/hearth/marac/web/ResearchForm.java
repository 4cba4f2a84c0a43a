package org.hearth.marac.web;

import org.hearth.marac.ResearchAnswers;

/** An agency's research on a case, as SafeLives' research form asks it. */
public class ResearchForm {

    private boolean nothingHeld;
    private String victimFacts;
    private String childrenFacts;
    private String perpetratorFacts;
    private String opinion;
    private String withheld;
    private String withheldReason;

    static ResearchForm of(ResearchAnswers a) {
        ResearchForm f = new ResearchForm();
        if (a != null) {
            f.nothingHeld = a.nothingHeld();
            f.victimFacts = a.victimFacts();
            f.childrenFacts = a.childrenFacts();
            f.perpetratorFacts = a.perpetratorFacts();
            f.opinion = a.opinion();
            f.withheld = a.withheld();
            f.withheldReason = a.withheldReason();
        }
        return f;
    }

    ResearchAnswers answers() {
        return new ResearchAnswers(nothingHeld, victimFacts, childrenFacts, perpetratorFacts, opinion, withheld,
                withheldReason);
    }

    public boolean isNothingHeld() {
        return nothingHeld;
    }

    public void setNothingHeld(boolean nothingHeld) {
        this.nothingHeld = nothingHeld;
    }

    public String getVictimFacts() {
        return victimFacts;
    }

    public void setVictimFacts(String victimFacts) {
        this.victimFacts = victimFacts;
    }

    public String getChildrenFacts() {
        return childrenFacts;
    }

    public void setChildrenFacts(String childrenFacts) {
        this.childrenFacts = childrenFacts;
    }

    public String getPerpetratorFacts() {
        return perpetratorFacts;
    }

    public void setPerpetratorFacts(String perpetratorFacts) {
        this.perpetratorFacts = perpetratorFacts;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getWithheld() {
        return withheld;
    }

    public void setWithheld(String withheld) {
        this.withheld = withheld;
    }

    public String getWithheldReason() {
        return withheldReason;
    }

    public void setWithheldReason(String withheldReason) {
        this.withheldReason = withheldReason;
    }
}
