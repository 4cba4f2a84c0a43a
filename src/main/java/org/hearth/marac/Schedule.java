package org.hearth.marac;

/** How often a MARAC meets. */
public enum Schedule {
    WEEKLY("Weekly", 7), FORTNIGHTLY("Fortnightly", 14), MONTHLY("Monthly", 28);

    private final String label;
    private final int days;

    Schedule(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** Days between meetings (a monthly MARAC every four weeks), for proposing the next date. */
    public int days() {
        return days;
    }
}
