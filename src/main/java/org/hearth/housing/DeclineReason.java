package org.hearth.housing;

/** Why a refuge declined a referral or found it not suitable (a list as data would suit a partnership's own words). */
public enum DeclineReason {
    NEEDS_NOT_MET("Support needs the refuge cannot meet"),
    RISK_TOO_HIGH("Risk too high for the refuge"),
    SUBSTANCE_USE("Substance use"),
    MENTAL_HEALTH("Mental health needs"),
    OLDER_SON("Older son (no family place)"),
    NO_RECOURSE("No recourse to public funds"),
    LOCAL_CONNECTION("Too close to the perpetrator or local connection"),
    OTHER("Other reason");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
