package org.hearth.strategy.web;

import org.hearth.platform.web.DateParts;

/** Adding an objective under a theme, with its first status. Fields as typed, so nothing fails to bind; the module checks them. */
public class ObjectiveForm {

    private String theme = "";
    private String text = "";
    private String status = "";
    private DateParts on = new DateParts();
    private String note = "";

    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
