package org.hearth.insights;

/** The sections of the dashboard and the board report, each with its own commentary in a board report. */
public enum Section {
    VOLUME("Incidents and referrals"),
    REPEAT("Repeat victims and children"),
    HIGH_RISK("High-risk victims"),
    MARAC("MARAC"),
    TRIAGE("Time to triage decision"),
    OUTCOMES("Outcomes"),
    /** Added by other modules' {@link IndicatorSource}s: the hub's meetings, school and GP notifications. */
    HUB("Daily hub and Operation Encompass"),
    EQUALITY("By area and equality characteristic"),
    DISCLOSURE("Clare’s Law disclosures"),
    DEATH_REVIEWS("Death reviews"),
    BVPI225("BVPI 225"),
    STRATEGY("Strategy status"),
    PERPETRATORS("Perpetrator programmes"),
    HOUSING("Sanctuary and refuge"),
    COMMISSIONING("Commissioning and value for money"),
    /** The workforce module's figures (Quality Mark coverage, DV ambassadors), through an IndicatorSource. */
    WORKFORCE("Workforce: Quality Mark and DV ambassadors");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
