package org.hearth.insights;

import org.hearth.platform.Enums;

/**
 * The sections of the dashboard and the board report, each with its own commentary in a board report. From
 * {@link #HUB} to {@link #COMMISSIONING} the figures come from other modules' {@link IndicatorSource} beans.
 */
public enum Section {
    VOLUME("Incidents and referrals"),
    REPEAT("Repeat victims and children"),
    HIGH_RISK("High-risk victims"),
    MARAC("MARAC"),
    TRIAGE("Time to triage decision"),
    OUTCOMES("Outcomes"),
    CASEWORK("IDVA and outreach casework"),
    EQUALITY("By area and equality characteristic"),
    HUB("Daily hub and Operation Encompass"),
    PERPETRATORS("Perpetrator programmes"),
    HOUSING("Sanctuary and refuge"),
    DISCLOSURE("Clare’s Law disclosures"),
    DEATH_REVIEWS("Death reviews"),
    WORKFORCE("Workforce: Quality Mark and DV ambassadors"),
    COMMISSIONING("Commissioning and value for money"),
    RETENTION("Retention and erasure"),
    BVPI225("BVPI 225"),
    STRATEGY("Strategy status");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return Enums.slug(name());
    }
}
