package org.hearth.strategy.web;

import org.hearth.platform.web.DateParts;

/** Recording an objective's status. Fields as typed, so nothing fails to bind; the module checks them. */
public class StatusForm {

    private String status = "";
    private DateParts on = new DateParts();
    private String note = "";

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
