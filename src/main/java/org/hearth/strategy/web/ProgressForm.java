package org.hearth.strategy.web;

import org.hearth.platform.web.DateParts;

/** Recording progress on an action. Fields as typed, so nothing fails to bind; the module checks them. */
public class ProgressForm {

    private DateParts on = new DateParts();
    private String text = "";
    private String rag = "";
    private String done = "";

    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRag() { return rag; }
    public void setRag(String rag) { this.rag = rag; }
    public String getDone() { return done; }
    public void setDone(String done) { this.done = done; }

    /** The "mark as done" box was ticked. */
    public boolean markedDone() { return "yes".equals(done) || "true".equals(done); }
}
