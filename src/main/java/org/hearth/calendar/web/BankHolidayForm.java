package org.hearth.calendar.web;

import org.hearth.platform.web.DateParts;

/** A bank holiday to add: its day and name. */
public class BankHolidayForm {

    private DateParts day = new DateParts();
    private String name;

    public DateParts getDay() {
        return day;
    }

    public void setDay(DateParts day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
