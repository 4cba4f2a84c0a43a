package org.hearth.strategy.web;

import org.hearth.platform.web.DateParts;

/** Starting a strategy: its title and period. Fields as typed, so nothing fails to bind; the module checks them. */
public class StrategyForm {

    private String title = "";
    private DateParts startsOn = new DateParts();
    private DateParts endsOn = new DateParts();

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public DateParts getStartsOn() { return startsOn; }
    public void setStartsOn(DateParts startsOn) { this.startsOn = startsOn; }
    public DateParts getEndsOn() { return endsOn; }
    public void setEndsOn(DateParts endsOn) { this.endsOn = endsOn; }
}
