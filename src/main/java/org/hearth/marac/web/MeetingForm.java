package org.hearth.marac.web;

import org.hearth.platform.web.DateParts;

/** A new meeting: its date. */
public class MeetingForm {

    private DateParts meetsOn = new DateParts();

    public DateParts getMeetsOn() {
        return meetsOn;
    }

    public void setMeetsOn(DateParts meetsOn) {
        this.meetsOn = meetsOn;
    }
}
