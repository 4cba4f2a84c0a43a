package org.hearth.strategy.web;

import org.hearth.platform.web.DateParts;

/** Recording that the board adopted a strategy. Fields as typed, so nothing fails to bind; the module checks them. */
public class AdoptionForm {

    private DateParts adoptedOn = new DateParts();
    private String adoptedBy = "";

    public DateParts getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(DateParts adoptedOn) { this.adoptedOn = adoptedOn; }
    public String getAdoptedBy() { return adoptedBy; }
    public void setAdoptedBy(String adoptedBy) { this.adoptedBy = adoptedBy; }
}
